"""Characters learners mix up by shape: kanji (休/体, 右/石) and katakana (シ/ツ, ソ/ン).

Each group below is a set of characters that look alike; every pair inside a group counts
as confusable. A distractor may use a kanji the course does not teach: it only has to look
like the right one and be wrong.
"""

from __future__ import annotations

from collections.abc import Iterable

KANJI_GROUPS: tuple[str, ...] = (
    # numbers, sizes, people
    "人入八", "大犬太天夫", "天夫", "土士王", "王玉主", "千干午", "十千", "万方", "力刀",
    "百白自", "日目白旧", "目自見", "口日", "田由甲申", "小少", "上止正", "下不",
    "子字学", "女安", "男町", "母毎海", "父交", "兄見", "弟第", "姉妹味", "未末来本",
    "未妹味", "木本休体", "本体", "休体", "友反", "左在右", "右石", "名各", "外夕多",
    # time and nature
    "午牛年", "月用", "水氷永", "火灯", "金全", "今会令", "時持待特寺", "間聞問門開閉関",
    "週過遇", "朝潮", "昼書画", "夜液", "早草", "明朋", "曜濯", "晴清情", "暑署者",
    "暗晴", "冷令", "雨両", "雪雷雲電", "空究", "星生", "川州", "山出", "池地他",
    "林森", "花化", "春奏", "秋和", "冬各",
    # places and directions
    "東車束", "西四酉", "北比背", "南商", "道首", "通遠運連", "近返送迷", "遅違達",
    "国図困", "駅訳", "館官", "校交", "院完", "店点占", "場湯陽", "屋室", "庫車",
    "部都", "町丁", "村材", "園遠",
    # actions
    "見貝具", "買貸資", "売読続", "読話語", "言計", "飲飯館", "食良", "行待",
    "作昨", "住注往柱", "使便", "仕任", "働動", "立位", "来米", "出山",
    "入人", "帰掃婦", "寝宿", "起超", "教孝", "授受", "勉免", "強弱", "試式", "験険検",
    "答合", "洗先", "取耳", "持特", "捨拾", "払私", "借惜", "切功", "置直真",
    "押神", "引弓", "泳永", "登発", "送関", "思恩", "急息", "覚学",
    # things
    "紙低氏", "布市", "皿血", "肉内", "果菓", "辛幸", "苦若", "心必", "念今", "恋変",
    "族旅", "新親", "約的", "番審", "社礼", "神祖", "病痛疲", "薬楽", "楽業", "音意",
    "映英", "画面", "写字", "着差", "服報", "危色", "機械", "茶答", "野予", "油由",
    "米来", "貝見", "首道", "頭題顔", "円内", "半平", "全金", "枚牧",
    "両雨", "牛午", "鳥島", "魚角", "豚家", "犬太", "緑録", "黄横", "青晴", "赤走",
    "黒里", "色包", "歯歳", "足走", "手毛", "身射",
    # more of the course's kanji
    "工土", "何可河", "物牧", "気汽", "中申甲", "分公今", "二三", "三王", "長張帳", "所近",
    "度席", "階陸", "前煎", "六穴", "風凡", "晩免勉", "員貝", "靴化", "後役復", "誰推",
    "鼻自", "九丸力", "料科", "理里", "五吾", "七匕", "号弓", "台治始", "当雪", "熱勢",
    "季李委", "歌欠次", "回四", "声売", "好奴", "高京", "窓総", "医区", "消削", "残浅",
    "箱相", "除徐", "降険", "転伝", "結給絵", "勤動", "建健", "定足", "並普", "渡度",
    "保休", "段殺", "守字", "品器", "断新", "別引", "遊旅", "側測則", "温湯", "習羽",
    "個固", "世也", "界介", "夏夕", "細組", "寒実", "菜采", "元完兄", "指持", "僕業",
    "配酒", "客各", "逆送", "堂党常", "失矢先", "様横", "研形", "然燃", "浴谷", "鉄鈴",
    "港湖", "向同", "庭延", "団困", "古苦", "短知", "広店", "速連", "静青", "利和",
    "有右", "文父", "質貨", "漢難", "板坂", "吸及", "非悲", "信言", "務努", "製制",
    "認忍", "付村", "重動", "軽経", "忙忘", "汚汗", "橋矯", "路絡", "曲由", "戻涙",
    "停亭", "節即", "梅海", "暖援", "涼京", "悪思", "証正", "調周", "初衣", "昔借",
    "祭察", "練東", "観親", "光先", "球求", "集進", "管官", "似以", "洋羊", "局居",
    "銀根", "給合", "杯不",
)  # fmt: skip

# Katakana beginners mix up (the orthography family's katakana distractors).
KATAKANA_GROUPS: tuple[str, ...] = (
    "シツ", "ソン", "シツソン", "クケタ", "ルレ", "ウワ", "ウワフ", "クワ", "ノメ", "ノソ",
    "ヌス", "コユ", "チテ", "アマ", "ナメ", "ラヲ", "セヤ", "ロコ", "ミシ", "ムマ", "チナ",
    "フヌ", "ワラ", "エユ", "オホ", "ネホ", "サセ", "キモ", "ヘベペ",
)  # fmt: skip

# Katakana that differ only by ゛ or ゜ (ガ/カ, ビ/ピ): a mark left out or the wrong one.
# (Not チ/ヂ, ツ/ヅ: ヂ and ヅ are all but unused.)
_MARKS = (
    "カガ キギ クグ ケゲ コゴ サザ シジ スズ セゼ ソゾ "
    "タダ テデ トド ハバパ ヒビピ フブプ ヘベペ ホボポ"
)
MARK_PAIRS: dict[str, tuple[str, ...]] = {
    ch: tuple(o for o in group if o != ch) for group in _MARKS.split() for ch in group
}


def _table(groups: Iterable[str]) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for group in groups:
        for ch in group:
            others = table.setdefault(ch, [])
            others += [o for o in group if o != ch and o not in others]
    return {ch: tuple(others) for ch, others in table.items()}


KANJI_LOOKALIKES = _table(KANJI_GROUPS)
KATAKANA_LOOKALIKES = _table(KATAKANA_GROUPS)


def kanji_lookalikes(char: str) -> tuple[str, ...]:
    """The kanji that look like ``char``, the closest first."""
    return KANJI_LOOKALIKES.get(char, ())


def katakana_lookalikes(char: str) -> tuple[str, ...]:
    """The katakana that look like ``char``: other shapes, then the same with other marks."""
    return KATAKANA_LOOKALIKES.get(char, ()) + MARK_PAIRS.get(char, ())
