<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Nihongoku</source>
        <translation>Tentang Nihongoku</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>An offline Japanese course and exam trainer for Indonesian learners: lessons, flashcards and practice for JLPT N5 and N4 and JFT-Basic.</source>
        <translation>Kursus bahasa Jepang dan latihan ujian untuk pelajar Indonesia yang bisa dipakai tanpa internet: pelajaran, kartu hafalan, dan latihan untuk JLPT N5 dan N4 serta JFT-Basic.</translation>
    </message>
    <message>
        <source>Free software: you may use, share and change it under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Perangkat lunak bebas: Anda boleh memakai, membagikan, dan mengubahnya menurut GNU General Public License versi 3 atau yang lebih baru (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Credits: the open data and software it uses</source>
        <translation>Kredit: data dan perangkat lunak terbuka yang digunakan</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lisensi: %1</translation>
    </message>
    <message>
        <source>The credits could not be read from %1.</source>
        <translation>Daftar kredit tidak dapat dibaca dari %1.</translation>
    </message>
    <message>
        <source>%1 lists no credits.</source>
        <translation>%1 tidak berisi daftar kredit.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>AnkiExportDialog</name>
    <message>
        <source>%1 lesson(s), %2 word(s).</source>
        <translation>%1 pelajaran, %2 kata.</translation>
    </message>
    <message>
        <source>Include my &amp;progress (schedule and history)</source>
        <translation>Sertakan &amp;kemajuan belajarku (jadwal dan riwayat)</translation>
    </message>
    <message>
        <source>Anki keeps the history only for cards it does not have yet. When importing, tick &quot;Import any learning progress&quot;.</source>
        <translation>Anki hanya menyimpan riwayat untuk kartu yang belum ada di Anki. Saat mengimpor, centang &quot;Import any learning progress&quot;.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Export to Anki</source>
        <translation>Ekspor ke Anki</translation>
    </message>
    <message>
        <source>Anki package (*.apkg)</source>
        <translation>Paket Anki (*.apkg)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Pilih tempat menyimpan berkasnya.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Sedang mengekspor…</translation>
    </message>
    <message>
        <source>Saved %1: %2 notes, %3 cards.</source>
        <translation>Tersimpan di %1: %2 catatan, %3 kartu.</translation>
    </message>
    <message>
        <source>With %1 answers from your history.</source>
        <translation>Beserta %1 jawaban dari riwayatmu.</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Berkas tidak bisa disimpan: %1</translation>
    </message>
</context>
<context>
    <name>AudioButton</name>
    <message>
        <source>Listen</source>
        <translation>Dengarkan</translation>
    </message>
    <message>
        <source>Normal speed (1×)</source>
        <translation>Kecepatan normal (1×)</translation>
    </message>
    <message>
        <source>Slow (0.75×)</source>
        <translation>Pelan (0,75×)</translation>
    </message>
</context>
<context>
    <name>Authoring</name>
    <message>
        <source>Edit: {field}</source>
        <translation>Ubah: {field}</translation>
    </message>
    <message>
        <source>Title (Indonesian)</source>
        <translation>Judul (Indonesia)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Judul (Inggris)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Order in the level</source>
        <translation>Urutan dalam tingkat</translation>
    </message>
    <message>
        <source>Goals (one per line)</source>
        <translation>Tujuan (satu per baris)</translation>
    </message>
    <message>
        <source>Textbook chapter</source>
        <translation>Bab buku pelajaran</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Tulisan</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>Bacaan (kana)</translation>
    </message>
    <message>
        <source>Furigana (only if ambiguous)</source>
        <translation>Furigana (hanya jika bisa dibaca dua cara)</translation>
    </message>
    <message>
        <source>Meaning (Indonesian)</source>
        <translation>Arti (Indonesia)</translation>
    </message>
    <message>
        <source>Meaning (English)</source>
        <translation>Arti (Inggris)</translation>
    </message>
    <message>
        <source>Part of speech</source>
        <translation>Jenis kata</translation>
    </message>
    <message>
        <source>Example: Japanese</source>
        <translation>Contoh (Jepang)</translation>
    </message>
    <message>
        <source>Example: Indonesian</source>
        <translation>Contoh (Indonesia)</translation>
    </message>
    <message>
        <source>Example: English</source>
        <translation>Contoh (Inggris)</translation>
    </message>
    <message>
        <source>Note (Indonesian)</source>
        <translation>Catatan (Indonesia)</translation>
    </message>
    <message>
        <source>Note (English)</source>
        <translation>Catatan (Inggris)</translation>
    </message>
    <message>
        <source>Kanji</source>
        <translation>Kanji</translation>
    </message>
    <message>
        <source>On readings (katakana, comma between)</source>
        <translation>Bacaan on (katakana, pisahkan dengan koma)</translation>
    </message>
    <message>
        <source>Kun readings (hiragana, た.べる)</source>
        <translation>Bacaan kun (hiragana, た.べる)</translation>
    </message>
    <message>
        <source>Strokes</source>
        <translation>Jumlah goresan</translation>
    </message>
    <message>
        <source>Example words (word ids)</source>
        <translation>Contoh kata (id kata)</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pola</translation>
    </message>
    <message>
        <source>Explanation (Indonesian)</source>
        <translation>Penjelasan (Indonesia)</translation>
    </message>
    <message>
        <source>Explanation (English)</source>
        <translation>Penjelasan (Inggris)</translation>
    </message>
    <message>
        <source>Example 1: Japanese</source>
        <translation>Contoh 1 (Jepang)</translation>
    </message>
    <message>
        <source>Example 1: Indonesian</source>
        <translation>Contoh 1 (Indonesia)</translation>
    </message>
    <message>
        <source>Example 1: English</source>
        <translation>Contoh 1 (Inggris)</translation>
    </message>
    <message>
        <source>Example 2: Japanese</source>
        <translation>Contoh 2 (Jepang)</translation>
    </message>
    <message>
        <source>Example 2: Indonesian</source>
        <translation>Contoh 2 (Indonesia)</translation>
    </message>
    <message>
        <source>Example 2: English</source>
        <translation>Contoh 2 (Inggris)</translation>
    </message>
    <message>
        <source>Example 3 (optional): Japanese</source>
        <translation>Contoh 3 (boleh kosong) (Jepang)</translation>
    </message>
    <message>
        <source>Example 3: Indonesian</source>
        <translation>Contoh 3 (Indonesia)</translation>
    </message>
    <message>
        <source>Example 3: English</source>
        <translation>Contoh 3 (Inggris)</translation>
    </message>
    <message>
        <source>Choice {n}</source>
        <translation>Pilihan {n}</translation>
    </message>
    <message>
        <source>Why choice {n} is wrong (Indonesian)</source>
        <translation>Mengapa pilihan {n} salah (bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Why choice {n} is wrong (English)</source>
        <translation>Mengapa pilihan {n} salah (bahasa Inggris)</translation>
    </message>
    <message>
        <source>Question (stem)</source>
        <translation>Soal</translation>
    </message>
    <message>
        <source>Right choice (1-4)</source>
        <translation>Jawaban yang benar (1-4)</translation>
    </message>
    <message>
        <source>★ composition only: the choices in their right order</source>
        <translation>Khusus soal ★: urutan pilihan yang benar</translation>
    </message>
    <message>
        <source>Why it is right (Indonesian)</source>
        <translation>Mengapa jawaban ini benar (bahasa Indonesia)</translation>
    </message>
    <message>
        <source>Why it is right (English)</source>
        <translation>Mengapa jawaban ini benar (bahasa Inggris)</translation>
    </message>
    <message>
        <source>Question type</source>
        <translation>Jenis soal</translation>
    </message>
    <message>
        <source>What it tests (item ids, comma between)</source>
        <translation>Yang diuji (id butir, dipisah koma)</translation>
    </message>
    <message>
        <source>Text (reading and text grammar)</source>
        <translation>Teks bacaan (jika ada)</translation>
    </message>
    <message>
        <source>Text: Indonesian</source>
        <translation>Teks: terjemahan bahasa Indonesia</translation>
    </message>
    <message>
        <source>Text: English</source>
        <translation>Teks: terjemahan bahasa Inggris</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Kosakata</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Tata bahasa</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Latihan soal</translation>
    </message>
</context>
<context>
    <name>AuthoringPage</name>
    <message>
        <source>My lessons</source>
        <translation>Pelajaran saya</translation>
    </message>
    <message>
        <source>&amp;New lesson…</source>
        <translation>Pelajaran &amp;baru…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Export pack…</source>
        <translation>Ekspor paket…</translation>
    </message>
    <message>
        <source>Import pack…</source>
        <translation>Impor paket…</translation>
    </message>
    <message>
        <source>Choose one of your lessons, or make a new one. The built-in course cannot be changed here; your lessons join it once they are saved without problems.</source>
        <translation>Pilih salah satu pelajaran Anda, atau buat pelajaran baru. Materi bawaan tidak bisa diubah di sini; pelajaran Anda masuk ke kursus setelah disimpan tanpa masalah.</translation>
    </message>
    <message>
        <source>has problems</source>
        <translation>ada masalah</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Pelajaran tidak bisa dibuka</translation>
    </message>
    <message>
        <source>This file cannot be read as a lesson; fix it in a text editor:</source>
        <translation>File ini tidak bisa dibaca sebagai pelajaran; perbaiki dengan editor teks:</translation>
    </message>
    <message>
        <source>Delete lesson</source>
        <translation>Hapus pelajaran</translation>
    </message>
    <message>
        <source>Delete “{name}”? It is moved to the .trash folder beside your lessons and leaves the course.</source>
        <translation>Hapus “{name}”? File dipindahkan ke folder .trash di samping pelajaran Anda dan keluar dari kursus.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Tidak terhapus</translation>
    </message>
</context>
<context>
    <name>ExamBuilderDialog</name>
    <message>
        <source>Parts (%1 questions in all)</source>
        <translation>Bagian tes (semuanya %1 soal)</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>dipilih</translation>
    </message>
    <message>
        <source>at random</source>
        <translation>acak</translation>
    </message>
    <message>
        <source>%1. %2 · %3 · %4 question(s), %5</source>
        <translation>%1. %2 · %3 · %4 soal, %5</translation>
    </message>
    <message>
        <source>%1 picked, %2 question(s). Space ticks the selected one.</source>
        <translation>%1 dipilih, %2 soal. Tekan Spasi untuk mencentang yang disorot.</translation>
    </message>
    <message>
        <source>(%1 available)</source>
        <translation>(tersedia %1)</translation>
    </message>
    <message>
        <source>These lessons have no questions of this kind.</source>
        <translation>Pelajaran ini tidak punya soal jenis ini.</translation>
    </message>
    <message>
        <source>Part %1: pick at least one question.</source>
        <translation>Bagian %1: pilih minimal satu soal.</translation>
    </message>
    <message>
        <source>Part %1: its lessons have only %2 question(s) of this kind.</source>
        <translation>Bagian %1: pelajarannya hanya punya %2 soal jenis ini.</translation>
    </message>
    <message>
        <source>Give the test a title.</source>
        <translation>Beri judul untuk tes ini.</translation>
    </message>
    <message>
        <source>Add at least one part.</source>
        <translation>Tambahkan minimal satu bagian.</translation>
    </message>
    <message>
        <source>Could not save the test: %1</source>
        <translation>Tes tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Edit the test</source>
        <translation>Ubah tes</translation>
    </message>
    <message>
        <source>Create a test</source>
        <translation>Buat tes</translation>
    </message>
    <message>
        <source>&amp;Title (Indonesian):</source>
        <translation>&amp;Judul (bahasa Indonesia):</translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation>Judul (bahasa &amp;Inggris):</translation>
    </message>
    <message>
        <source>Time &amp;limit (minutes):</source>
        <translation>&amp;Batas waktu (menit):</translation>
    </message>
    <message>
        <source>Start from a mock exam</source>
        <translation>Mulai dari ujian simulasi</translation>
    </message>
    <message>
        <source>&amp;Copy its parts</source>
        <translation>&amp;Salin bagiannya</translation>
    </message>
    <message>
        <source>Its parts and counts, with questions only from the lessons ticked here (none ticked: all lessons). This replaces the parts on the left.</source>
        <translation>Bagian dan jumlah soalnya disalin, dengan soal hanya dari pelajaran yang dicentang di sini (tidak ada yang dicentang: semua pelajaran). Bagian tes di sebelah kiri akan diganti.</translation>
    </message>
    <message>
        <source>&amp;Add part</source>
        <translation>&amp;Tambah bagian</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>T&amp;urunkan</translation>
    </message>
    <message>
        <source>The selected part</source>
        <translation>Bagian yang dipilih</translation>
    </message>
    <message>
        <source>Sectio&amp;n:</source>
        <translation>Ba&amp;gian:</translation>
    </message>
    <message>
        <source>Parts in a row with the same section name are scored together</source>
        <translation>Bagian berurutan dengan nama yang sama dinilai bersama</translation>
    </message>
    <message>
        <source>&amp;Question type:</source>
        <translation>Jenis s&amp;oal:</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Ting&amp;kat:</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <source>L&amp;essons:</source>
        <translation>P&amp;elajaran:</translation>
    </message>
    <message>
        <source>None ticked: every lesson of the level</source>
        <translation>Tidak ada yang dicentang: semua pelajaran di tingkat ini</translation>
    </message>
    <message>
        <source>&amp;Draw at random</source>
        <translation>&amp;Ambil acak</translation>
    </message>
    <message>
        <source>questions:</source>
        <translation>soal:</translation>
    </message>
    <message>
        <source>&amp;Pick the questions:</source>
        <translation>&amp;Pilih soalnya:</translation>
    </message>
    <message>
        <source>Listing the questions…</source>
        <translation>Menyiapkan daftar soal…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Si&amp;mpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>ExamCard</name>
    <message>
        <source>%1 · form %2 · %3 of %4</source>
        <translation>%1 · paket %2 · %3 dari %4</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Belum lulus</translation>
    </message>
    <message>
        <source>below A1</source>
        <translation>di bawah A1</translation>
    </message>
    <message>
        <source>JLPT format</source>
        <translation>Format JLPT</translation>
    </message>
    <message>
        <source>JFT-Basic format</source>
        <translation>Format JFT-Basic</translation>
    </message>
    <message>
        <source>Practice test</source>
        <translation>Tes latihan</translation>
    </message>
    <message>
        <source>%1 · %2 minutes · %3 questions</source>
        <translation>%1 · %2 menit · %3 soal</translation>
    </message>
    <message>
        <source>Question set:</source>
        <translation>Paket soal:</translation>
    </message>
    <message>
        <source>Form %1</source>
        <translation>Paket %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Save for printing…</source>
        <translation>Simpan untuk dicetak…</translation>
    </message>
    <message>
        <source>The chosen form as a PDF: test booklet, answer sheet and answer key</source>
        <translation>Paket yang dipilih sebagai PDF: buku soal, lembar jawaban, dan kunci jawaban</translation>
    </message>
    <message>
        <source>Your results</source>
        <translation>Hasil Anda sebelumnya</translation>
    </message>
</context>
<context>
    <name>ExamQuestionView</name>
    <message>
        <source>▶ Play (once)</source>
        <translation>▶ Putar (sekali)</translation>
    </message>
    <message>
        <source>The recording plays once. Listen carefully.</source>
        <translation>Rekaman hanya diputar sekali. Dengarkan baik-baik.</translation>
    </message>
    <message>
        <source>Listen…</source>
        <translation>Dengarkan…</translation>
    </message>
    <message>
        <source>The recording has been played.</source>
        <translation>Rekaman sudah diputar.</translation>
    </message>
    <message>
        <source>Audio not available yet: answer from the text you know.</source>
        <translation>Audio belum tersedia: jawab sebisa Anda dari teks yang ada.</translation>
    </message>
    <message>
        <source>Next question in %1 s</source>
        <translation>Soal berikutnya dalam %1 detik</translation>
    </message>
</context>
<context>
    <name>ExamResultsView</name>
    <message>
        <source>Vocabulary</source>
        <translation>Kosakata</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Tata bahasa</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Membaca</translation>
    </message>
    <message>
        <source>Result: %1, form %2</source>
        <translation>Hasil: %1, paket %2</translation>
    </message>
    <message>
        <source>Estimated score: %1 of %2</source>
        <translation>Perkiraan nilai: %1 dari %2</translation>
    </message>
    <message>
        <source>Estimated score: %1 (scale %3–%2)</source>
        <translation>Perkiraan nilai: %1 (skala %3–%2)</translation>
    </message>
    <message>
        <source>Score: %1%</source>
        <translation>Nilai: %1%</translation>
    </message>
    <message>
        <source>Reference grades: %1</source>
        <translation>Nilai acuan: %1</translation>
    </message>
    <message>
        <source>By question type (weakest first)</source>
        <translation>Per jenis soal (yang paling lemah di atas)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 right</source>
        <translation>%1: benar %2 dari %3</translation>
    </message>
    <message>
        <source>&amp;Review mistakes (%1)</source>
        <translation>&amp;Tinjau kesalahan (%1)</translation>
    </message>
    <message>
        <source>&amp;Back to the exams</source>
        <translation>&amp;Kembali ke daftar ujian</translation>
    </message>
    <message>
        <source>Your mistakes</source>
        <translation>Kesalahan Anda</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Belum lulus</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Level: %1</translation>
    </message>
    <message>
        <source>Below level A1 for now</source>
        <translation>Untuk sementara masih di bawah level A1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3/%4 right)</source>
        <translation>%1 dari %2 (benar %3/%4)</translation>
    </message>
    <message>
        <source>minimum %1</source>
        <translation>minimal %1</translation>
    </message>
    <message>
        <source>below the minimum</source>
        <translation>di bawah batas minimal</translation>
    </message>
    <message>
        <source>✓ reached</source>
        <translation>✓ tercapai</translation>
    </message>
    <message>
        <source>Your answer: not answered</source>
        <translation>Jawaban Anda: tidak dijawab</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Jawaban Anda: %1</translation>
    </message>
    <message>
        <source>Right answer: %1</source>
        <translation>Jawaban benar: %1</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkrip</translation>
    </message>
    <message>
        <source>Listen again</source>
        <translation>Dengarkan lagi</translation>
    </message>
</context>
<context>
    <name>ExamsPage</name>
    <message>
        <source>Test from an instructor</source>
        <translation>Tes dari instruktur</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <source>Saved the test %1.</source>
        <translation>Tes %1 sudah disimpan.</translation>
    </message>
    <message>
        <source>Delete the test</source>
        <translation>Hapus tes</translation>
    </message>
    <message>
        <source>Delete the test %1? Learners can no longer take it; results already recorded are kept. The file is moved to the trash folder.</source>
        <translation>Hapus tes %1? Siswa tidak bisa mengerjakannya lagi; nilai yang sudah tercatat tetap disimpan. Berkasnya dipindahkan ke folder sampah.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 tidak dapat dihapus: %2</translation>
    </message>
    <message>
        <source>Deleted the test %1.</source>
        <translation>Tes %1 sudah dihapus.</translation>
    </message>
    <message>
        <source>You have an unfinished exam: %1, form %2 (last saved %3).</source>
        <translation>Ada ujian yang belum selesai: %1, paket %2 (terakhir disimpan %3).</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>&amp;Resume the exam (%1 left)</source>
        <translation>&amp;Lanjutkan ujian (sisa %1)</translation>
    </message>
    <message>
        <source>Checking it…</source>
        <translation>Sedang diperiksa…</translation>
    </message>
    <message>
        <source>The exam&apos;s questions have changed since (the course was updated), so it cannot be resumed. Discard it and start again.</source>
        <translation>Soal ujian ini sudah berubah (materi kursus diperbarui), jadi ujian tidak bisa dilanjutkan. Buang ujian ini lalu mulai lagi.</translation>
    </message>
    <message>
        <source>This exam is no longer available. Discard it.</source>
        <translation>Ujian ini sudah tidak tersedia. Silakan dibuang.</translation>
    </message>
    <message>
        <source>Start a new exam</source>
        <translation>Mulai ujian baru</translation>
    </message>
    <message>
        <source>You still have an unfinished exam. Starting a new one discards it. Start anyway?</source>
        <translation>Anda masih punya ujian yang belum selesai. Kalau memulai ujian baru, ujian itu dibuang. Tetap mulai?</translation>
    </message>
    <message>
        <source>Save the exam for printing</source>
        <translation>Simpan ujian untuk dicetak</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Tidak bisa menyimpan %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>Tersimpan: %1 (%2 halaman).</translation>
    </message>
    <message>
        <source>Welcome back: the exam goes on where you left it.</source>
        <translation>Selamat datang kembali: ujian dilanjutkan dari tempat terakhir Anda.</translation>
    </message>
    <message>
        <source>Discard the exam</source>
        <translation>Buang ujian</translation>
    </message>
    <message>
        <source>Discard the unfinished exam? Its answers are not kept and it gets no score.</source>
        <translation>Buang ujian yang belum selesai? Jawabannya tidak disimpan dan ujian ini tidak mendapat nilai.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>The exam could not be prepared: %1</source>
        <translation>Ujian tidak bisa disiapkan: %1</translation>
    </message>
    <message>
        <source>Preparing the questions…</source>
        <translation>Menyiapkan soal…</translation>
    </message>
    <message>
        <source>%1 has no questions yet and was skipped.</source>
        <translation>%1 belum punya soal, jadi dilewati.</translation>
    </message>
    <message>
        <source>Time is up for %1.</source>
        <translation>Waktu untuk %1 sudah habis.</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Sekarang: %1.</translation>
    </message>
    <message>
        <source>%1 is finished.</source>
        <translation>%1 sudah selesai.</translation>
    </message>
    <message>
        <source>%1 question(s) of this section are not answered yet.</source>
        <translation>Masih ada %1 soal di bagian ini yang belum dijawab.</translation>
    </message>
    <message>
        <source>Every question of this section is answered.</source>
        <translation>Semua soal di bagian ini sudah dijawab.</translation>
    </message>
    <message>
        <source>Finishing it ends the exam and shows your result.</source>
        <translation>Setelah ini ujian selesai dan hasilnya ditampilkan.</translation>
    </message>
    <message>
        <source>After finishing you cannot come back to this section.</source>
        <translation>Setelah diselesaikan, Anda tidak bisa kembali ke bagian ini.</translation>
    </message>
    <message>
        <source>Finish this section</source>
        <translation>Selesaikan bagian ini</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Soal %1 dari %2</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Kembali</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Berikutnya →</translation>
    </message>
    <message>
        <source>Remove flag (F)</source>
        <translation>Hapus tanda (F)</translation>
    </message>
    <message>
        <source>Flag (F)</source>
        <translation>Tandai (F)</translation>
    </message>
    <message>
        <source>Show the instructions in another language</source>
        <translation>Tampilkan petunjuk dalam bahasa lain</translation>
    </message>
    <message>
        <source>1–4: answer. The recording plays once; then the next question.</source>
        <translation>1–4: menjawab. Rekaman diputar sekali, lalu lanjut ke soal berikutnya.</translation>
    </message>
    <message>
        <source>1–4: answer. PgUp/PgDn or Alt+←/→: back and next. F: flag.</source>
        <translation>1–4: menjawab. PgUp/PgDn atau Alt+←/→: soal sebelumnya/berikutnya. F: tandai.</translation>
    </message>
    <message>
        <source>1–4: answer. PgUp/PgDn or Alt+←/→: back and next.</source>
        <translation>1–4: menjawab. PgUp/PgDn atau Alt+←/→: soal sebelumnya/berikutnya.</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>Sisa waktu %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Mock exams</source>
        <translation>Ujian simulasi</translation>
    </message>
    <message>
        <source>&amp;Create test…</source>
        <translation>&amp;Buat tes…</translation>
    </message>
    <message>
        <source>A test from the course&apos;s lessons that learners take here like a mock exam</source>
        <translation>Tes dari pelajaran kursus yang dikerjakan siswa di sini seperti ujian simulasi</translation>
    </message>
    <message>
        <source>Timed exams in the format of the real tests, with questions from the course. Your answers are saved as you go: if the laptop turns off, you can go on where you were.</source>
        <translation>Ujian dengan waktu dan format seperti tes aslinya, dengan soal dari materi kursus. Jawaban Anda langsung tersimpan: kalau laptop mati, Anda bisa melanjutkan dari tempat terakhir.</translation>
    </message>
</context>
<context>
    <name>ExportPackDialog</name>
    <message>
        <source>Choose what to share. A test takes along the lessons of yours it draws questions from; the audio of every lesson goes along.</source>
        <translation>Pilih materi yang akan dibagikan. Tes ikut membawa pelajaran buatan Anda yang menjadi sumber soalnya; audio setiap pelajaran juga ikut.</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Pelajaran: %1</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>Tes: %1</translation>
    </message>
    <message>
        <source>You have no lessons or tests of your own yet.</source>
        <translation>Anda belum punya pelajaran atau tes buatan sendiri.</translation>
    </message>
    <message>
        <source>e.g. Class 3, week 5</source>
        <translation>mis. Kelas 3, minggu ke-5</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Made by:</source>
        <translation>&amp;Dibuat oleh:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Simpan sebagai:</translation>
    </message>
    <message>
        <source>Export lesson pack</source>
        <translation>Ekspor paket pelajaran</translation>
    </message>
    <message>
        <source>Lesson pack (*%1)</source>
        <translation>Paket pelajaran (*%1)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Pilih tempat menyimpan file.</translation>
    </message>
    <message>
        <source>Tick at least one lesson or test.</source>
        <translation>Centang minimal satu pelajaran atau tes.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Sedang mengekspor…</translation>
    </message>
    <message>
        <source>Saved %1: %2 lesson(s), %3 test(s), %4 audio file(s).</source>
        <translation>Tersimpan di %1: %2 pelajaran, %3 tes, %4 file audio.</translation>
    </message>
    <message>
        <source>Added because a test draws from them: %1.</source>
        <translation>Ikut ditambahkan karena dipakai sebagai sumber soal tes: %1.</translation>
    </message>
    <message>
        <source>The pack was not saved: %1</source>
        <translation>Paket tidak tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>FlashcardsPage</name>
    <message>
        <source>&lt;1 min</source>
        <translation>&lt;1 mnt</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 hr</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 bln</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 thn</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Reviews due today: %1</source>
        <translation>Ulangan hari ini: %1</translation>
    </message>
    <message>
        <source>New cards left today: %1</source>
        <translation>Kartu baru tersisa hari ini: %1</translation>
    </message>
    <message>
        <source>Answered today: %1</source>
        <translation>Sudah dijawab hari ini: %1</translation>
    </message>
    <message>
        <source>Study streak: %1 day(s)</source>
        <translation>Belajar berturut-turut: %1 hari</translation>
    </message>
    <message>
        <source>Remembered in reviews (last 30 days): %1</source>
        <translation>Diingat saat mengulang (30 hari terakhir): %1</translation>
    </message>
    <message>
        <source>%1 card(s) keep being forgotten. Look at them again in the lesson, or suspend them during a review.</source>
        <translation>%1 kartu terus terlupa. Pelajari lagi di pelajarannya, atau tangguhkan kartu itu saat mengulang.</translation>
    </message>
    <message>
        <source>(the class default, set by your instructor)</source>
        <translation>(bawaan kelas, diatur oleh instruktur)</translation>
    </message>
    <message>
        <source>New %1 · Learning %2 · Review %3</source>
        <translation>Baru %1 · Belajar %2 · Ulang %3</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>Apa artinya?</translation>
    </message>
    <message>
        <source>How is this read?</source>
        <translation>Bagaimana cara membacanya?</translation>
    </message>
    <message>
        <source>How do you say this in Japanese?</source>
        <translation>Apa bahasa Jepangnya?</translation>
    </message>
    <message>
        <source>How is this kana read?</source>
        <translation>Bagaimana cara membaca kana ini?</translation>
    </message>
    <message>
        <source>What does this kanji mean, and how is it read?</source>
        <translation>Apa arti kanji ini, dan bagaimana membacanya?</translation>
    </message>
    <message>
        <source>What does this pattern express?</source>
        <translation>Pola ini dipakai untuk menyatakan apa?</translation>
    </message>
    <message>
        <source>Listen: what does this word mean?</source>
        <translation>Dengar: apa arti kata ini?</translation>
    </message>
    <message>
        <source>▶  Play again (R)</source>
        <translation>▶  Putar lagi (R)</translation>
    </message>
    <message>
        <source>Type it in romaji or kana, then press Enter</source>
        <translation>Ketik dalam romaji atau kana, lalu tekan Enter</translation>
    </message>
    <message>
        <source>Correct!</source>
        <translation>Benar!</translation>
    </message>
    <message>
        <source>Not quite: compare with the answer below.</source>
        <translation>Belum tepat: bandingkan dengan jawaban di bawah.</translation>
    </message>
    <message>
        <source>&amp;Listen (R)</source>
        <translation>&amp;Dengarkan (R)</translation>
    </message>
    <message>
        <source>Show the answer (Space)</source>
        <translation>Lihat jawaban (Spasi)</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Lagi</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Sulit</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Mudah</translation>
    </message>
    <message>
        <source>Type the answer and press Enter (or Enter alone to just see it). Esc: stop.</source>
        <translation>Ketik jawabannya lalu tekan Enter (atau Enter saja untuk langsung melihatnya). Esc: berhenti.</translation>
    </message>
    <message>
        <source>Space: show the answer. 1–4: rate. Ctrl+Z: undo. Esc: stop.</source>
        <translation>Spasi: lihat jawaban. 1–4: beri nilai. Ctrl+Z: batalkan. Esc: berhenti.</translation>
    </message>
    <message>
        <source>1 Again · 2 Hard · 3 Good · 4 Easy. Ctrl+Z: undo the last answer.</source>
        <translation>1 Lagi · 2 Sulit · 3 Baik · 4 Mudah. Ctrl+Z: batalkan jawaban terakhir.</translation>
    </message>
    <message>
        <source>Done for now!</source>
        <translation>Selesai untuk sekarang!</translation>
    </message>
    <message>
        <source>You answered %1 card(s) today. Come back tomorrow: the next reviews are waiting then.</source>
        <translation>Hari ini kamu sudah menjawab %1 kartu. Kembali lagi besok: ulangan berikutnya menunggu.</translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>Kartu hafalan</translation>
    </message>
    <message>
        <source>&amp;Everything unlocked, in course order</source>
        <translation>&amp;Semua yang sudah terbuka, sesuai urutan kursus</translation>
    </message>
    <message>
        <source>&amp;One lesson:</source>
        <translation>Satu &amp;pelajaran:</translation>
    </message>
    <message>
        <source>One &amp;level:</source>
        <translation>Satu &amp;tingkat:</translation>
    </message>
    <message>
        <source>&amp;New cards per day:</source>
        <translation>Kartu &amp;baru per hari:</translation>
    </message>
    <message>
        <source>&amp;Start studying</source>
        <translation>&amp;Mulai belajar</translation>
    </message>
    <message>
        <source>E&amp;xport to Anki…</source>
        <translation>E&amp;kspor ke Anki…</translation>
    </message>
    <message>
        <source>&amp;Furigana</source>
        <translation>&amp;Furigana</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Berhenti (Esc)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Batalkan (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hide until tomorrow (-)</source>
        <translation>Sembunyikan sampai besok (-)</translation>
    </message>
    <message>
        <source>Suspend (@)</source>
        <translation>Tangguhkan (@)</translation>
    </message>
    <message>
        <source>&amp;Undo the last answer</source>
        <translation>&amp;Batalkan jawaban terakhir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
</context>
<context>
    <name>GradebookPage</name>
    <message>
        <source>the file is no longer there</source>
        <translation>file sudah tidak ada</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete (copy it again)</source>
        <translation>file rusak atau tidak lengkap (salin ulang)</translation>
    </message>
    <message>
        <source>the file is damaged (copy it again)</source>
        <translation>file rusak (salin ulang)</translation>
    </message>
    <message>
        <source>the file was changed after it was saved (checksum mismatch)</source>
        <translation>file sudah diubah setelah disimpan (checksum tidak cocok)</translation>
    </message>
    <message>
        <source>not a Nihongoku progress file</source>
        <translation>bukan file progres Nihongoku</translation>
    </message>
    <message>
        <source>saved by a newer version of Nihongoku: update this laptop</source>
        <translation>disimpan oleh versi Nihongoku yang lebih baru: perbarui Nihongoku di laptop ini</translation>
    </message>
    <message>
        <source>too large for a progress file</source>
        <translation>terlalu besar untuk file progres</translation>
    </message>
    <message>
        <source>the file holds values Nihongoku does not accept</source>
        <translation>isi file memuat nilai yang tidak diterima Nihongoku</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>Kelas baru</translation>
    </message>
    <message>
        <source>Name of the class (e.g. Batch 12 — welding):</source>
        <translation>Nama kelas (misalnya Angkatan 12 — Las):</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Delete class</source>
        <translation>Hapus kelas</translation>
    </message>
    <message>
        <source>Delete the class %1 and its gradebook of %2 learner(s)?
The learners&apos; own progress, on their laptops, is not touched.</source>
        <translation>Hapus kelas %1 beserta buku nilainya (%2 siswa)?
Progres siswa di laptop mereka sendiri tidak ikut terhapus.</translation>
    </message>
    <message>
        <source>The class %1 was deleted.</source>
        <translation>Kelas %1 sudah dihapus.</translation>
    </message>
    <message>
        <source>Please type a name for the class.</source>
        <translation>Silakan ketik nama kelas.</translation>
    </message>
    <message>
        <source>A class name can have at most 60 characters.</source>
        <translation>Nama kelas paling banyak 60 karakter.</translation>
    </message>
    <message>
        <source>There is already a class with that name.</source>
        <translation>Sudah ada kelas dengan nama itu.</translation>
    </message>
    <message>
        <source>Folder with the learners&apos; progress files</source>
        <translation>Folder berisi file progres siswa</translation>
    </message>
    <message>
        <source>No progress files (.nkprogress) in %1.</source>
        <translation>Tidak ada file progres (.nkprogress) di %1.</translation>
    </message>
    <message>
        <source>Importing %1 file(s)…</source>
        <translation>Mengimpor %1 file…</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Impor terhenti: %1</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 ditambahkan</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 diperbarui</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 tidak berubah</translation>
    </message>
    <message>
        <source>%1 older than the file already imported (skipped)</source>
        <translation>%1 lebih lama dari file yang sudah diimpor (dilewati)</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 ditolak</translation>
    </message>
    <message>
        <source>Import finished: %1.</source>
        <translation>Impor selesai: %1.</translation>
    </message>
    <message>
        <source>Refused: %1 — %2</source>
        <translation>Ditolak: %1 — %2</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, for other programs (*.csv)</source>
        <translation>CSV, untuk program lain (*.csv)</translation>
    </message>
    <message>
        <source>Export the gradebook</source>
        <translation>Ekspor buku nilai</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Menyimpan %1…</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Tidak dapat menyimpan %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 learner(s)).</source>
        <translation>Tersimpan: %1 (%2 siswa).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Study time (h:mm)</source>
        <translation>Waktu belajar (j:mm)</translation>
    </message>
    <message>
        <source>Cards learned</source>
        <translation>Kartu dikuasai</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Ulangan kartu</translation>
    </message>
    <message>
        <source>Retention, last 30 days</source>
        <translation>Diingat saat mengulang, 30 hari terakhir</translation>
    </message>
    <message>
        <source>Practice answers</source>
        <translation>Jawaban latihan</translation>
    </message>
    <message>
        <source>Practice correct</source>
        <translation>Latihan benar</translation>
    </message>
    <message>
        <source>Weakest question types</source>
        <translation>Jenis soal terlemah</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Aktivitas terakhir</translation>
    </message>
    <message>
        <source>File exported</source>
        <translation>File disimpan</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Latihan: %1</translation>
    </message>
    <message>
        <source>Mock exam: %1</source>
        <translation>Ujian simulasi: %1</translation>
    </message>
    <message>
        <source>Retention, last 30 days (%)</source>
        <translation>Diingat saat mengulang, 30 hari terakhir (%)</translation>
    </message>
    <message>
        <source>%1 of %2 learner(s) shown</source>
        <translation>%1 dari %2 siswa ditampilkan</translation>
    </message>
    <message>
        <source>Create a class, then import the folder of progress files (.nkprogress) your learners saved on a USB stick (on their laptop: nihongoku progress export).</source>
        <translation>Buat kelas, lalu impor folder berisi file progres (.nkprogress) yang disimpan siswa di flashdisk (di laptop mereka: nihongoku progress export).</translation>
    </message>
    <message>
        <source>No learners in this class yet. Import the folder with their progress files (.nkprogress).</source>
        <translation>Belum ada siswa di kelas ini. Impor folder berisi file progres mereka (.nkprogress).</translation>
    </message>
    <message>
        <source>Gradebook</source>
        <translation>Buku Nilai</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Kelas:</translation>
    </message>
    <message>
        <source>&amp;New class…</source>
        <translation>Kelas &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Delete class…</source>
        <translation>&amp;Hapus kelas…</translation>
    </message>
    <message>
        <source>&amp;Import folder…</source>
        <translation>&amp;Impor folder…</translation>
    </message>
    <message>
        <source>Import every progress file (.nkprogress) of a folder, e.g. a USB stick</source>
        <translation>Impor semua file progres (.nkprogress) dari satu folder, misalnya flashdisk</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Save the gradebook as Excel (XLSX) or CSV</source>
        <translation>Simpan buku nilai sebagai Excel (XLSX) atau CSV</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Cari nama</translation>
    </message>
    <message>
        <source>Only learners not active for %1 days</source>
        <translation>Hanya siswa yang tidak aktif %1 hari</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>Tabe&amp;l</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Grafik</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>GradebookTable</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Study
time</source>
        <translation>Waktu
belajar</translation>
    </message>
    <message>
        <source>Cards
learned</source>
        <translation>Kartu
dikuasai</translation>
    </message>
    <message>
        <source>Retention
(30 days)</source>
        <translation>Diingat
(30 hari)</translation>
    </message>
    <message>
        <source>Practice
correct</source>
        <translation>Latihan
benar</translation>
    </message>
    <message>
        <source>Weakest question types</source>
        <translation>Jenis soal terlemah</translation>
    </message>
    <message>
        <source>Last
activity</source>
        <translation>Aktivitas
terakhir</translation>
    </message>
    <message>
        <source>File
saved</source>
        <translation>File
disimpan</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>Mock exam: %1</source>
        <translation>Ujian simulasi: %1</translation>
    </message>
    <message>
        <source>%1 reviews of learned cards in the 30 days before the file</source>
        <translation>%1 kali mengulang kartu yang sudah dikuasai dalam 30 hari sebelum file disimpan</translation>
    </message>
    <message>
        <source>%1 of %2 practice answers right</source>
        <translation>%1 dari %2 jawaban latihan benar</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, %1!</source>
        <translation>Selamat datang, %1!</translation>
    </message>
    <message>
        <source>Let&apos;s do our best today too!</source>
        <translation>Ayo, hari ini juga tetap semangat!</translation>
    </message>
    <message>
        <source>You are signed in as an instructor.</source>
        <translation>Anda masuk sebagai instruktur.</translation>
    </message>
</context>
<context>
    <name>ImportPackDialog</name>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Import lesson pack</source>
        <translation>Impor paket pelajaran</translation>
    </message>
    <message>
        <source>Lesson pack (*%1);;All files (*)</source>
        <translation>Paket pelajaran (*%1);;Semua file (*)</translation>
    </message>
    <message>
        <source>%1, made by %2 on %3.</source>
        <translation>%1, dibuat oleh %2 pada %3.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged.</source>
        <translation>%1 baru, %2 diperbarui, %3 tidak berubah.</translation>
    </message>
    <message>
        <source>This pack cannot be imported: %1 file(s) refused (reasons above). Nothing was changed.</source>
        <translation>Paket ini tidak bisa diimpor: %1 file ditolak (alasannya ada di atas). Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>You already have everything in this pack.</source>
        <translation>Semua isi paket ini sudah ada di laptop ini.</translation>
    </message>
    <message>
        <source>Replaced files are kept in the .trash folder. The built-in course and the learners&apos; progress are not changed.</source>
        <translation>File yang diganti disimpan di folder .trash. Materi bawaan dan kemajuan belajar siswa tidak diubah.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tes</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>This file cannot be imported. Nothing was changed.</source>
        <translation>File ini tidak bisa diimpor. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Sedang mengimpor…</translation>
    </message>
    <message>
        <source>Imported %1 file(s). The lessons and tests are ready to use.</source>
        <translation>%1 file berhasil diimpor. Pelajaran dan tesnya siap dipakai.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Tidak ada yang diimpor: %1</translation>
    </message>
</context>
<context>
    <name>KanaChart</name>
    <message>
        <source>&amp;Hiragana</source>
        <translation>&amp;Hiragana</translation>
    </message>
    <message>
        <source>&amp;Katakana</source>
        <translation>&amp;Katakana</translation>
    </message>
</context>
<context>
    <name>KanaDetail</name>
    <message>
        <source>▶ &amp;Play strokes</source>
        <translation>▶ &amp;Putar urutan goresan</translation>
    </message>
    <message>
        <source>Next s&amp;troke</source>
        <translation>&amp;Goresan berikutnya</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>N5</source>
        <translation>N5</translation>
    </message>
    <message>
        <source>N4</source>
        <translation>N4</translation>
    </message>
    <message>
        <source>noun</source>
        <translation>kata benda</translation>
    </message>
    <message>
        <source>pronoun</source>
        <translation>kata ganti</translation>
    </message>
    <message>
        <source>verb, group 1</source>
        <translation>kata kerja, golongan 1</translation>
    </message>
    <message>
        <source>verb, group 2</source>
        <translation>kata kerja, golongan 2</translation>
    </message>
    <message>
        <source>verb, group 3</source>
        <translation>kata kerja, golongan 3</translation>
    </message>
    <message>
        <source>noun (+ suru)</source>
        <translation>kata benda (+ suru)</translation>
    </message>
    <message>
        <source>i-adjective</source>
        <translation>kata sifat-i</translation>
    </message>
    <message>
        <source>na-adjective</source>
        <translation>kata sifat-na</translation>
    </message>
    <message>
        <source>adverb</source>
        <translation>kata keterangan</translation>
    </message>
    <message>
        <source>particle</source>
        <translation>partikel</translation>
    </message>
    <message>
        <source>conjunction</source>
        <translation>kata sambung</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>kata bantu bilangan</translation>
    </message>
    <message>
        <source>number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>awalan</translation>
    </message>
    <message>
        <source>suffix</source>
        <translation>akhiran</translation>
    </message>
    <message>
        <source>interjection</source>
        <translation>kata seru</translation>
    </message>
    <message>
        <source>expression</source>
        <translation>ungkapan</translation>
    </message>
    <message>
        <source>Kanji reading</source>
        <translation>Membaca kanji</translation>
    </message>
    <message>
        <source>Writing (kanji, katakana)</source>
        <translation>Menulis (kanji, katakana)</translation>
    </message>
    <message>
        <source>Word that fits</source>
        <translation>Kata yang cocok</translation>
    </message>
    <message>
        <source>Word meaning</source>
        <translation>Arti kata</translation>
    </message>
    <message>
        <source>Word from its meaning</source>
        <translation>Kata dari artinya</translation>
    </message>
    <message>
        <source>Grammar form</source>
        <translation>Bentuk tata bahasa</translation>
    </message>
    <message>
        <source>Sentence building (★)</source>
        <translation>Menyusun kalimat (★)</translation>
    </message>
    <message>
        <source>Same meaning</source>
        <translation>Kalimat yang sama artinya</translation>
    </message>
    <message>
        <source>Word usage</source>
        <translation>Pemakaian kata</translation>
    </message>
    <message>
        <source>Grammar in a text</source>
        <translation>Tata bahasa dalam teks</translation>
    </message>
    <message>
        <source>Reading: short texts</source>
        <translation>Membaca: teks pendek</translation>
    </message>
    <message>
        <source>Reading: longer texts</source>
        <translation>Membaca: teks lebih panjang</translation>
    </message>
    <message>
        <source>Reading: finding information</source>
        <translation>Membaca: mencari informasi</translation>
    </message>
    <message>
        <source>Listening: what to do</source>
        <translation>Mendengar: apa yang dilakukan</translation>
    </message>
    <message>
        <source>Listening: key points</source>
        <translation>Mendengar: poin penting</translation>
    </message>
    <message>
        <source>Listening: what to say</source>
        <translation>Mendengar: apa yang diucapkan</translation>
    </message>
    <message>
        <source>Listening: quick reply</source>
        <translation>Mendengar: jawaban cepat</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save the lesson (Ctrl+S)</source>
        <translation>Simpan pelajaran (Ctrl+S)</translation>
    </message>
    <message>
        <source>Lesson id: {id}</source>
        <translation>Id pelajaran: {id}</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <source>Import from spreadsheet…</source>
        <translation>Impor dari spreadsheet…</translation>
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation>Urungkan: {action}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo: {action}</source>
        <translation>Ulangi: {action}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ada perubahan yang belum disimpan</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>The lesson could not be saved to {path}: {error}</source>
        <translation>Pelajaran tidak bisa disimpan ke {path}: {error}</translation>
    </message>
    <message>
        <source>Save the changes to “{title}”?</source>
        <translation>Simpan perubahan pada “{title}”?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Jangan simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Import {count} word(s)</source>
        <translation>Impor {count} kata</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <source>Goals</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Kosakata</translation>
    </message>
    <message>
        <source>Words from earlier lessons</source>
        <translation>Kosakata dari pelajaran sebelumnya</translation>
    </message>
    <message>
        <source>Kanji</source>
        <translation>Kanji</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>Tata bahasa</translation>
    </message>
    <message>
        <source>On: %1   Kun: %2   Strokes: %3</source>
        <translation>On: %1   Kun: %2   Jumlah goresan: %3</translation>
    </message>
</context>
<context>
    <name>LessonsPage</name>
    <message>
        <source>%1/%2 cards · done</source>
        <translation>%1/%2 kartu · selesai</translation>
    </message>
    <message>
        <source>%1/%2 cards</source>
        <translation>%1/%2 kartu</translation>
    </message>
    <message>
        <source>%1 of this lesson&apos;s %2 flashcards studied</source>
        <translation>%1 dari %2 kartu pelajaran ini sudah dipelajari</translation>
    </message>
    <message>
        <source>Some lessons could not be loaded; the others are here.</source>
        <translation>Beberapa pelajaran tidak dapat dimuat; pelajaran lainnya tetap tersedia di sini.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… dan %1 lagi.</translation>
    </message>
    <message>
        <source>Furigana:</source>
        <translation>Furigana:</translation>
    </message>
    <message>
        <source>Over all kanji</source>
        <translation>Di atas semua kanji</translation>
    </message>
    <message>
        <source>Only over new kanji</source>
        <translation>Hanya di atas kanji baru</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tidak ditampilkan</translation>
    </message>
    <message>
        <source>Show &amp;romaji</source>
        <translation>Tampilkan &amp;romaji</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Print this lesson or save it as PDF: word list, worksheet, writing sheets</source>
        <translation>Cetak pelajaran ini atau simpan sebagai PDF: daftar kosakata, lembar latihan, lembar latihan menulis</translation>
    </message>
    <message>
        <source>Study this lesson&apos;s &amp;cards</source>
        <translation>Pelajari &amp;kartu pelajaran ini</translation>
    </message>
    <message>
        <source>Open Flashcards with this lesson chosen; press Start studying there to begin.</source>
        <translation>Membuka Kartu dengan pelajaran ini sudah dipilih; tekan Mulai belajar di sana untuk memulai.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Daftar pelajaran</translation>
    </message>
    <message>
        <source>Kana chart</source>
        <translation>Tabel kana</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Move aside and start new</source>
        <translation>Pindahkan dan mulai baru</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Please type a name.</source>
        <translation>Silakan ketik nama.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>Nama paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>That name is already used by another profile.</source>
        <translation>Nama itu sudah dipakai profil lain.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>PIN terdiri dari 4 sampai 6 angka.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Kata sandi minimal %1 karakter.</translation>
    </message>
    <message>
        <source>Type the password of an existing instructor to approve.</source>
        <translation>Ketik kata sandi salah satu instruktur yang sudah ada sebagai persetujuan.</translation>
    </message>
    <message>
        <source>Wrong PIN or password.</source>
        <translation>PIN atau kata sandi salah.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Basis data rusak</translation>
    </message>
    <message>
        <source>The database file
%1
is damaged or is not a Nihongoku database (%2).

The file has not been changed. You can restore a backup, or move the damaged file aside and start with a new, empty database.</source>
        <translation>Berkas basis data
%1
rusak atau bukan basis data Nihongoku (%2).

Berkas ini tidak diubah. Anda dapat memulihkan cadangan, atau memindahkan berkas yang rusak itu lalu memulai dengan basis data baru yang kosong.</translation>
    </message>
    <message>
        <source>The database is from a newer version</source>
        <translation>Basis data berasal dari versi yang lebih baru</translation>
    </message>
    <message>
        <source>The database file
%1
was written by a newer version of Nihongoku.

The file has not been changed. Install the newer version of Nihongoku to open it.</source>
        <translation>Berkas basis data
%1
ditulis oleh Nihongoku versi yang lebih baru.

Berkas ini tidak diubah. Pasang Nihongoku versi yang lebih baru untuk membukanya.</translation>
    </message>
    <message>
        <source>Nihongoku is already open</source>
        <translation>Nihongoku sudah terbuka</translation>
    </message>
    <message>
        <source>The database file
%1
is already open in another Nihongoku window.

Close the other window first, then start Nihongoku again.</source>
        <translation>Berkas basis data
%1
sedang dibuka di jendela Nihongoku yang lain.

Tutup jendela itu terlebih dahulu, lalu jalankan Nihongoku lagi.</translation>
    </message>
    <message>
        <source>The data folder cannot be used</source>
        <translation>Folder data tidak dapat digunakan</translation>
    </message>
    <message>
        <source>Nihongoku cannot use the folder
%1
(%2).

Check that the folder exists and that you may write in it.</source>
        <translation>Nihongoku tidak dapat menggunakan folder
%1
(%2).

Pastikan folder itu ada dan Anda boleh menulis di dalamnya.</translation>
    </message>
    <message>
        <source>The database cannot be reached</source>
        <translation>Basis data tidak dapat dihubungi</translation>
    </message>
    <message>
        <source>The database
%1
cannot be opened (%2).

Check the address and the server.</source>
        <translation>Basis data
%1
tidak dapat dibuka (%2).

Periksa alamat dan servernya.</translation>
    </message>
    <message>
        <source>Nihongoku cannot start</source>
        <translation>Nihongoku tidak dapat dijalankan</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>file atau foldernya hanya bisa dibaca</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Tidak bisa menyimpan</translation>
    </message>
    <message>
        <source>Nihongoku could not save to
%1
because %2.

Everything saved before is safe; only the last step was not kept. Free some space (or make the folder writable), then try again.</source>
        <translation>Nihongoku tidak bisa menyimpan ke
%1
karena %2.

Semua yang sudah tersimpan sebelumnya aman; hanya langkah terakhir yang tidak tersimpan. Kosongkan sebagian ruang disk (atau buat foldernya bisa ditulisi), lalu coba lagi.</translation>
    </message>
    <message>
        <source>Something could not be done</source>
        <translation>Ada yang tidak bisa dilakukan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <source>Mock exams</source>
        <translation>Ujian</translation>
    </message>
    <message>
        <source>Gradebook</source>
        <translation>Buku Nilai</translation>
    </message>
    <message>
        <source>Authoring</source>
        <translation>Susun Materi</translation>
    </message>
</context>
<context>
    <name>NewLessonDialog</name>
    <message>
        <source>New lesson</source>
        <translation>Pelajaran baru</translation>
    </message>
    <message>
        <source>Saya bisa … (one goal per line)</source>
        <translation>Saya bisa … (satu tujuan per baris)</translation>
    </message>
    <message>
        <source>Title (Indonesian)</source>
        <translation>Judul (Indonesia)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>Judul (Inggris)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Order in the level</source>
        <translation>Urutan dalam tingkat</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Give the title in Indonesian and in English.</source>
        <translation>Isi judul dalam bahasa Indonesia dan bahasa Inggris.</translation>
    </message>
    <message>
        <source>Write at least one goal (Saya bisa …).</source>
        <translation>Tulis paling sedikit satu tujuan (Saya bisa …).</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Profil baru</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Profile for:</source>
        <translation>Profil untuk:</translation>
    </message>
    <message>
        <source>&amp;Learner</source>
        <translation>Pe&amp;lajar</translation>
    </message>
    <message>
        <source>&amp;Instructor</source>
        <translation>&amp;Instruktur</translation>
    </message>
    <message>
        <source>&amp;PIN (optional):</source>
        <translation>&amp;PIN (opsional):</translation>
    </message>
    <message>
        <source>4 to 6 digits, so others on this laptop cannot open your profile.</source>
        <translation>4 sampai 6 angka, agar orang lain di laptop ini tidak bisa membuka profil Anda.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Ulangi kata san&amp;di:</translation>
    </message>
    <message>
        <source>Approved by (password of an instructor):</source>
        <translation>Disetujui oleh (kata sandi instruktur):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Buat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>OverviewGrid</name>
    <message>
        <source>flagged</source>
        <translation>ditandai</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>sudah dijawab</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>belum dijawab</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Soal %1: %2</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Sudah dijawab</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Ditandai</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Belum dijawab</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Kana chosen: %1</source>
        <translation>Kana yang dipilih: %1</translation>
    </message>
    <message>
        <source>Tick at least one lesson.</source>
        <translation>Centang minimal satu pelajaran.</translation>
    </message>
    <message>
        <source>No lesson teaches this script yet.</source>
        <translation>Belum ada pelajaran untuk huruf ini.</translation>
    </message>
    <message>
        <source>What is the romaji of this kana?</source>
        <translation>Apa romaji kana ini?</translation>
    </message>
    <message>
        <source>Which kana is this?</source>
        <translation>Kana yang mana ini?</translation>
    </message>
    <message>
        <source>Once more: you missed this one earlier.</source>
        <translation>Sekali lagi: tadi kana ini belum tepat.</translation>
    </message>
    <message>
        <source>Type the romaji, then press Enter</source>
        <translation>Ketik romajinya, lalu tekan Enter</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Berikutnya</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>B&amp;erhenti</translation>
    </message>
    <message>
        <source>Back to the choices (Esc)</source>
        <translation>Kembali ke pilihan (Esc)</translation>
    </message>
    <message>
        <source>Type the romaji and press Enter. Esc: back to the choices.</source>
        <translation>Ketik romajinya lalu tekan Enter. Esc: kembali ke pilihan.</translation>
    </message>
    <message>
        <source>Click a kana or press 1–4. Esc: back to the choices.</source>
        <translation>Klik salah satu kana atau tekan 1–4. Esc: kembali ke pilihan.</translation>
    </message>
    <message>
        <source>Correct!</source>
        <translation>Benar!</translation>
    </message>
    <message>
        <source>Not quite: %1 = %2</source>
        <translation>Belum tepat: %1 = %2</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 dibaca %2.</translation>
    </message>
    <message>
        <source>Enter or Space: next question. Esc: back to the choices.</source>
        <translation>Enter atau Spasi: soal berikutnya. Esc: kembali ke pilihan.</translation>
    </message>
    <message>
        <source>Finished!</source>
        <translation>Selesai!</translation>
    </message>
    <message>
        <source>Right the first time: %1 of %2</source>
        <translation>Benar pada percobaan pertama: %1 dari %2</translation>
    </message>
    <message>
        <source>These kana needed more practice:</source>
        <translation>Kana berikut perlu dilatih lagi:</translation>
    </message>
    <message>
        <source>No mistakes. Excellent!</source>
        <translation>Tidak ada yang salah. Hebat!</translation>
    </message>
    <message>
        <source>Practise &amp;again</source>
        <translation>&amp;Latihan lagi</translation>
    </message>
    <message>
        <source>&amp;Change the choices</source>
        <translation>&amp;Ubah pilihan</translation>
    </message>
    <message>
        <source>Kana practice</source>
        <translation>Latihan kana</translation>
    </message>
    <message>
        <source>The course has no kana lessons yet, so there is nothing to practise here.</source>
        <translation>Kursus ini belum punya pelajaran kana, jadi belum ada yang bisa dilatih di sini.</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Huruf:</translation>
    </message>
    <message>
        <source>&amp;Hiragana</source>
        <translation>&amp;Hiragana</translation>
    </message>
    <message>
        <source>&amp;Katakana</source>
        <translation>&amp;Katakana</translation>
    </message>
    <message>
        <source>&amp;Both</source>
        <translation>Ke&amp;duanya</translation>
    </message>
    <message>
        <source>Practice:</source>
        <translation>Latihan:</translation>
    </message>
    <message>
        <source>&amp;Type the romaji</source>
        <translation>Ke&amp;tik romaji</translation>
    </message>
    <message>
        <source>&amp;Pick the kana</source>
        <translation>&amp;Pilih kana</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Jumlah soal:</translation>
    </message>
    <message>
        <source>Which kana (tick the lessons):</source>
        <translation>Kana yang dilatih (centang pelajarannya):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
</context>
<context>
    <name>PracticeTabs</name>
    <message>
        <source>Practice</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <source>&amp;Exam-style questions</source>
        <translation>&amp;Soal gaya ujian</translation>
    </message>
    <message>
        <source>&amp;Kana</source>
        <translation>&amp;Kana</translation>
    </message>
</context>
<context>
    <name>PrintLessonDialog</name>
    <message>
        <source>Lesson %1: %2</source>
        <translation>Pelajaran %1: %2</translation>
    </message>
    <message>
        <source>&amp;Vocabulary list</source>
        <translation>Daftar &amp;kosakata</translation>
    </message>
    <message>
        <source>&amp;Worksheet with exercises</source>
        <translation>&amp;Lembar latihan berisi soal</translation>
    </message>
    <message>
        <source>Kana &amp;writing sheets</source>
        <translation>Lembar latihan &amp;menulis kana</translation>
    </message>
    <message>
        <source>Kanji &amp;writing sheets</source>
        <translation>Lembar latihan &amp;menulis kanji</translation>
    </message>
    <message>
        <source>This lesson teaches no kanji.</source>
        <translation>Pelajaran ini tidak mengajarkan kanji.</translation>
    </message>
    <message>
        <source>Add the &amp;English meanings</source>
        <translation>Tambahkan arti dalam bahasa &amp;Inggris</translation>
    </message>
    <message>
        <source>Add the answer &amp;key (on pages of its own)</source>
        <translation>Sertakan kunci &amp;jawaban (di halaman tersendiri)</translation>
    </message>
    <message>
        <source>The pages are in Indonesian, on A4 paper, ready to photocopy.</source>
        <translation>Halamannya berbahasa Indonesia, ukuran kertas A4, siap difotokopi.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Print lesson</source>
        <translation>Cetak pelajaran</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sedang menyimpan…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Sedang mencetak…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>Tersimpan di %1 (%2 halaman).</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>%1 halaman sudah dikirim ke printer.</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>Berkas tidak bisa disimpan: %1</translation>
    </message>
    <message>
        <source>Could not print: %1</source>
        <translation>Tidak bisa mencetak: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Checking the lesson…</source>
        <translation>Memeriksa pelajaran…</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Pelajaran</translation>
    </message>
    <message>
        <source>{count} problem(s). A lesson with problems is left out of the course until they are fixed; you can still save it as a draft.</source>
        <translation>{count} masalah. Pelajaran yang ada masalahnya tidak dimasukkan ke kursus sampai diperbaiki; Anda tetap bisa menyimpannya sebagai draf.</translation>
    </message>
    <message>
        <source>No problems: once saved, this lesson is part of the course.</source>
        <translation>Tidak ada masalah: setelah disimpan, pelajaran ini masuk ke kursus.</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Instructor password</source>
        <translation>Kata sandi instruktur</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Ketik kata sandi Anda.</translation>
    </message>
    <message>
        <source>Type your PIN.</source>
        <translation>Ketik PIN Anda.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Wait 30 seconds.</source>
        <translation>Terlalu banyak percobaan yang salah. Tunggu 30 detik.</translation>
    </message>
    <message>
        <source>Who is studying today?</source>
        <translation>Siapa yang belajar hari ini?</translation>
    </message>
    <message>
        <source>No profiles yet. Create the first one: each learner gets their own.</source>
        <translation>Belum ada profil. Buat profil pertama: setiap pelajar punya profilnya sendiri.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>Profil &amp;baru</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>&amp;About Nihongoku</source>
        <translation>&amp;Tentang Nihongoku</translation>
    </message>
    <message>
        <source>Version, licence and credits (F1)</source>
        <translation>Versi, lisensi, dan kredit (F1)</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Pulihkan dari &amp;cadangan…</translation>
    </message>
    <message>
        <source>instructor</source>
        <translation>instruktur</translation>
    </message>
</context>
<context>
    <name>ProposalRow</name>
    <message>
        <source>Use proposal</source>
        <translation>Pakai usulan</translation>
    </message>
    <message>
        <source>Use the proposed reading (Ctrl+Enter)</source>
        <translation>Pakai bacaan yang diusulkan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Preparing a proposed reading…</source>
        <translation>Menyiapkan usulan bacaan…</translation>
    </message>
    <message>
        <source>as the course reads it</source>
        <translation>sesuai bacaan di materi kursus</translation>
    </message>
    <message>
        <source>read by pykakasi, which makes mistakes: check it</source>
        <translation>dibaca oleh pykakasi, yang bisa salah: periksa lagi</translation>
    </message>
    <message>
        <source>Proposed: {reading}  ·  {furigana}  ·  {romaji}</source>
        <translation>Usulan: {reading}  ·  {furigana}  ·  {romaji}</translation>
    </message>
    <message>
        <source>Use proposed reading</source>
        <translation>Pakai usulan bacaan</translation>
    </message>
</context>
<context>
    <name>QuizPracticePage</name>
    <message>
        <source>No questions match these choices yet: tick more lessons or families.</source>
        <translation>Belum ada soal untuk pilihan ini: centang lebih banyak pelajaran atau jenis soal.</translation>
    </message>
    <message>
        <source>No weak points yet: practise first, your mistakes will show here.</source>
        <translation>Belum ada titik lemah: berlatihlah dulu, kesalahanmu akan muncul di sini.</translation>
    </message>
    <message>
        <source>The recording of this item is not available.</source>
        <translation>Rekaman soal ini belum tersedia.</translation>
    </message>
    <message>
        <source>▶  Play (R)</source>
        <translation>▶  Putar (R)</translation>
    </message>
    <message>
        <source>Continue (C)</source>
        <translation>Lanjutkan (C)</translation>
    </message>
    <message>
        <source>Pause after each sentence</source>
        <translation>Jeda setelah setiap kalimat</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Berikutnya</translation>
    </message>
    <message>
        <source>Stop (Esc)</source>
        <translation>Berhenti (Esc)</translation>
    </message>
    <message>
        <source>Press 1–4 or click an answer. Esc: stop.</source>
        <translation>Tekan 1–4 atau klik jawaban. Esc: berhenti.</translation>
    </message>
    <message>
        <source>Correct!</source>
        <translation>Benar!</translation>
    </message>
    <message>
        <source>Not quite. The answer is %1.</source>
        <translation>Belum tepat. Jawabannya nomor %1.</translation>
    </message>
    <message>
        <source>Its flashcards come back today.</source>
        <translation>Kartunya muncul lagi hari ini.</translation>
    </message>
    <message>
        <source>Enter or Space: next question. Esc: stop.</source>
        <translation>Enter atau Spasi: soal berikutnya. Esc: berhenti.</translation>
    </message>
    <message>
        <source>Finished!</source>
        <translation>Selesai!</translation>
    </message>
    <message>
        <source>Right: %1 of %2</source>
        <translation>Benar: %1 dari %2</translation>
    </message>
    <message>
        <source>%1 flashcard(s) of what you missed come back today in Kartu.</source>
        <translation>%1 kartu dari yang kamu salah muncul lagi hari ini di Kartu.</translation>
    </message>
    <message>
        <source>&amp;Practise again</source>
        <translation>&amp;Latihan lagi</translation>
    </message>
    <message>
        <source>Question types</source>
        <translation>Jenis soal</translation>
    </message>
    <message>
        <source>From these lessons</source>
        <translation>Dari pelajaran ini</translation>
    </message>
    <message>
        <source>Only my &amp;weak points</source>
        <translation>Hanya &amp;titik lemahku</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Jumlah soal:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Each learner&apos;s progress is saved every day they study; the last 7 days are kept. Restoring adds what a backup holds to this laptop and never removes anything.</source>
        <translation>Kemajuan setiap pelajar disimpan setiap hari ia belajar; 7 hari terakhir disimpan. Memulihkan menambahkan isi cadangan ke laptop ini dan tidak pernah menghapus apa pun.</translation>
    </message>
    <message>
        <source>There are no backups on this laptop yet.</source>
        <translation>Belum ada cadangan di laptop ini.</translation>
    </message>
    <message>
        <source>Damaged backups (left alone):</source>
        <translation>Cadangan yang rusak (dibiarkan):</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 answers</source>
        <translation>%1 — %2 — %3 jawaban</translation>
    </message>
    <message>
        <source>Could not restore: %1</source>
        <translation>Tidak bisa dipulihkan: %1</translation>
    </message>
    <message>
        <source>%1 restored: %2 answers added.</source>
        <translation>%1 dipulihkan: %2 jawaban ditambahkan.</translation>
    </message>
</context>
<context>
    <name>SectionTab</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Add a new item to this list</source>
        <translation>Tambahkan butir baru ke daftar ini</translation>
    </message>
    <message>
        <source>Add {section} item</source>
        <translation>Tambah butir {section}</translation>
    </message>
    <message>
        <source>Remove {item}</source>
        <translation>Hapus {item}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Ukuran teks:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Pratinjau:</translation>
    </message>
    <message>
        <source>&amp;New flashcards per day for the class:</source>
        <translation>Kartu &amp;baru per hari untuk kelas:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SpeedToggle</name>
    <message>
        <source>Slow speech (0.75×)</source>
        <translation>Suara pelan (0,75×)</translation>
    </message>
    <message>
        <source>Play every word and sentence at three-quarter speed</source>
        <translation>Putar setiap kata dan kalimat dengan kecepatan tiga perempat</translation>
    </message>
</context>
<context>
    <name>StudyDashboard</name>
    <message>
        <source>Studying today</source>
        <translation>Belajar hari ini</translation>
    </message>
    <message>
        <source>Reviews due today: %1</source>
        <translation>Ulangan hari ini: %1</translation>
    </message>
    <message>
        <source>New cards left today: %1</source>
        <translation>Kartu baru tersisa hari ini: %1</translation>
    </message>
    <message>
        <source>Study streak: %1 day(s)</source>
        <translation>Belajar berturut-turut: %1 hari</translation>
    </message>
    <message>
        <source>Remembered in reviews (last 30 days): %1</source>
        <translation>Diingat saat mengulang (30 hari terakhir): %1</translation>
    </message>
    <message>
        <source>Study flashcards (Ctrl+3)</source>
        <translation>Belajar kartu hafalan (Ctrl+3)</translation>
    </message>
    <message>
        <source>Reviews in the next 14 days, from today (date/month)</source>
        <translation>Ulangan 14 hari ke depan, mulai hari ini (tanggal/bulan)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Ulangan</translation>
    </message>
    <message>
        <source>Practice by question type (weakest first)</source>
        <translation>Latihan per jenis soal (yang terlemah dulu)</translation>
    </message>
    <message>
        <source>Cards you keep forgetting</source>
        <translation>Kartu yang sering terlupa</translation>
    </message>
    <message>
        <source>Study them again in their lesson. Suspend a card to stop seeing it, or start it again from the beginning.</source>
        <translation>Pelajari lagi di pelajarannya. Tangguhkan kartu agar tidak muncul lagi, atau mulai lagi dari awal.</translation>
    </message>
    <message>
        <source>forgotten %1×</source>
        <translation>terlupa %1×</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Tangguhkan</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Mulai lagi dari awal</translation>
    </message>
    <message>
        <source>Pass mark: %1 (%2/%3)</source>
        <translation>Batas lulus: %1 (%2/%3)</translation>
    </message>
    <message>
        <source>%1 form %2 · %3 · %4/%5</source>
        <translation>%1 paket %2 · %3 · %4/%5</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Belum lulus</translation>
    </message>
    <message>
        <source>below A1</source>
        <translation>di bawah A1</translation>
    </message>
    <message>
        <source>Mock exam results (score as % of each exam&apos;s scale)</source>
        <translation>Hasil ujian simulasi (nilai dalam % dari skala tiap ujian)</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>Ujian</translation>
    </message>
</context>
<context>
    <name>VocabImport</name>
    <message>
        <source>Written (kanji or kana)</source>
        <translation>Tulisan (kanji atau kana)</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>Bacaan (kana)</translation>
    </message>
    <message>
        <source>Meaning (Indonesian)</source>
        <translation>Arti (Indonesia)</translation>
    </message>
    <message>
        <source>Meaning (English)</source>
        <translation>Arti (Inggris)</translation>
    </message>
    <message>
        <source>Part of speech</source>
        <translation>Jenis kata</translation>
    </message>
    <message>
        <source>Example sentence</source>
        <translation>Contoh kalimat</translation>
    </message>
    <message>
        <source>Example (Indonesian)</source>
        <translation>Terjemahan contoh (Indonesia)</translation>
    </message>
    <message>
        <source>Example (English)</source>
        <translation>Terjemahan contoh (Inggris)</translation>
    </message>
    <message>
        <source>Note (Indonesian)</source>
        <translation>Catatan (Indonesia)</translation>
    </message>
    <message>
        <source>Note (English)</source>
        <translation>Catatan (Inggris)</translation>
    </message>
    <message>
        <source>The reading &apos;%1&apos; is not kana. In kana: %2?</source>
        <translation>Bacaan &apos;%1&apos; bukan kana. Dalam kana: %2?</translation>
    </message>
    <message>
        <source>A translation without its example sentence.</source>
        <translation>Ada terjemahan, tetapi contoh kalimatnya kosong.</translation>
    </message>
    <message>
        <source>The example needs its Indonesian translation too.</source>
        <translation>Contoh kalimat perlu terjemahan bahasa Indonesia juga.</translation>
    </message>
    <message>
        <source>The example needs its English translation too (choose its column, or none for the example).</source>
        <translation>Contoh kalimat perlu terjemahan bahasa Inggris juga (pilih kolomnya, atau pilih (tidak ada) untuk contoh kalimat).</translation>
    </message>
    <message>
        <source>The note needs its Indonesian text too.</source>
        <translation>Catatan perlu teks bahasa Indonesia juga.</translation>
    </message>
    <message>
        <source>The note needs its English text too (choose its column, or none for the note).</source>
        <translation>Catatan perlu teks bahasa Inggris juga (pilih kolomnya, atau pilih (tidak ada) untuk catatan).</translation>
    </message>
    <message>
        <source>The example needs its translations.</source>
        <translation>Contoh kalimat perlu terjemahannya.</translation>
    </message>
    <message>
        <source>No written form.</source>
        <translation>Tulisan kosong.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the Japanese text was lost when the file was saved; save it as CSV UTF-8 or XLSX.</source>
        <translation>&apos;%1&apos;: huruf Jepang hilang waktu berkas disimpan; simpan sebagai CSV UTF-8 atau XLSX.</translation>
    </message>
    <message>
        <source>No Indonesian meaning.</source>
        <translation>Arti bahasa Indonesia kosong.</translation>
    </message>
    <message>
        <source>No English meaning.</source>
        <translation>Arti bahasa Inggris kosong.</translation>
    </message>
    <message>
        <source>No reading, and none could be proposed.</source>
        <translation>Bacaan kosong dan tidak bisa diusulkan.</translation>
    </message>
    <message>
        <source>The reading &apos;%1&apos; is not kana.</source>
        <translation>Bacaan &apos;%1&apos; bukan kana.</translation>
    </message>
    <message>
        <source>Reading %1 proposed by the computer: check it.</source>
        <translation>Bacaan %1 diusulkan komputer: periksa lagi.</translation>
    </message>
    <message>
        <source>Reading %1 taken from the course: check it.</source>
        <translation>Bacaan %1 diambil dari materi kursus: periksa lagi.</translation>
    </message>
    <message>
        <source>The reading %1 does not fit %2.</source>
        <translation>Bacaan %1 tidak cocok dengan %2.</translation>
    </message>
    <message>
        <source>No part of speech.</source>
        <translation>Jenis kata kosong.</translation>
    </message>
    <message>
        <source>Unknown part of speech &apos;%1&apos; (e.g. kata benda, kata kerja 1, kata sifat-na).</source>
        <translation>Jenis kata &apos;%1&apos; tidak dikenal (misalnya kata benda, kata kerja 1, kata sifat-na).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: which verb group? Write kata kerja 1, 2 or 3.</source>
        <translation>&apos;%1&apos;: golongan berapa? Tulis kata kerja 1, 2 atau 3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: i or na? Write kata sifat-i or kata sifat-na.</source>
        <translation>&apos;%1&apos;: i atau na? Tulis kata sifat-i atau kata sifat-na.</translation>
    </message>
    <message>
        <source>Example sentence: write each kanji with its reading in brackets, like 雨[あめ] (%1).</source>
        <translation>Contoh kalimat: tulis setiap kanji dengan bacaannya dalam kurung siku, seperti 雨[あめ] (%1).</translation>
    </message>
    <message>
        <source>The example does not contain %1.</source>
        <translation>Contoh kalimat tidak memuat %1.</translation>
    </message>
    <message>
        <source>No example sentence yet (N5 and N4 words have one).</source>
        <translation>Belum ada contoh kalimat (kata N5 dan N4 perlu contoh).</translation>
    </message>
    <message>
        <source>The same word as row %1.</source>
        <translation>Kata yang sama dengan baris %1.</translation>
    </message>
    <message>
        <source>Already in the course as %1 (lesson %2): add it to the lesson&apos;s review list instead of making it again.</source>
        <translation>Sudah ada di materi kursus sebagai %1 (pelajaran %2): masukkan ke daftar ulasan pelajaran, jangan dibuat lagi.</translation>
    </message>
    <message>
        <source>Already in this lesson as %1.</source>
        <translation>Sudah ada di pelajaran ini sebagai %1.</translation>
    </message>
    <message>
        <source>The course has %1 (%2, lesson %3): if it is the same word, review it instead.</source>
        <translation>Materi kursus sudah punya %1 (%2, pelajaran %3): kalau kata yang sama, masukkan ke daftar ulasan saja.</translation>
    </message>
</context>
<context>
    <name>VocabImportDialog</name>
    <message>
        <source>&amp;Choose a spreadsheet…</source>
        <translation>&amp;Pilih berkas spreadsheet…</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file, one word per row; the first row names the columns (e.g. Kanji, Kana, Arti, Inggris, Jenis kata, Contoh).</source>
        <translation>Buku kerja Excel (.xlsx) atau berkas CSV, satu kata per baris; baris pertama berisi nama kolom (misalnya Kanji, Kana, Arti, Inggris, Jenis kata, Contoh).</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Lembar:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Tulisan</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Bacaan</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Arti</translation>
    </message>
    <message>
        <source>Part of speech</source>
        <translation>Jenis kata</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Show only rows with &amp;problems</source>
        <translation>Tampilkan hanya baris yang &amp;bermasalah</translation>
    </message>
    <message>
        <source>&amp;Leave out rows with errors</source>
        <translation>&amp;Tinggalkan baris yang bermasalah</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Which column holds what:</source>
        <translation>Kolom mana berisi apa:</translation>
    </message>
    <message>
        <source>Import vocabulary from a spreadsheet</source>
        <translation>Impor kosakata dari spreadsheet</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Pilih berkas spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt *.tsv);;All files (*)</source>
        <translation>Spreadsheet (*.xlsx *.xlsm *.csv *.txt *.tsv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Berkas ini tidak bisa dibaca: %1</translation>
    </message>
    <message>
        <source>The file was not saved as Unicode: Japanese text may have been lost. Save it as CSV UTF-8.</source>
        <translation>Berkas ini tidak disimpan sebagai Unicode: huruf Jepang mungkin hilang. Simpan sebagai CSV UTF-8.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Bermasalah</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 words ready, %2 with errors, %3 to check</source>
        <translation>%1 kata siap, %2 bermasalah, %3 perlu dicek</translation>
    </message>
    <message>
        <source>, %1 left out</source>
        <translation>, %1 ditinggalkan</translation>
    </message>
    <message>
        <source>&amp;Import %1 words</source>
        <translation>&amp;Impor %1 kata</translation>
    </message>
    <message>
        <source>Fix the rows with errors in the spreadsheet, or leave them out.</source>
        <translation>Perbaiki baris yang bermasalah di spreadsheet, atau tinggalkan baris itu.</translation>
    </message>
    <message>
        <source>Row %1:</source>
        <translation>Baris %1:</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Instructor</source>
        <translation>Instruktur</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Pelajar</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Tentang</translation>
    </message>
    <message>
        <source>About Nihongoku and its credits (F1)</source>
        <translation>Tentang Nihongoku dan kreditnya (F1)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Pen&amp;gaturan</translation>
    </message>
    <message>
        <source>Language and text size (Ctrl+,)</source>
        <translation>Bahasa dan ukuran teks (Ctrl+,)</translation>
    </message>
    <message>
        <source>Switch &amp;profile</source>
        <translation>Ganti &amp;profil</translation>
    </message>
</context>
</TS>
