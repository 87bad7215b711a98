from nihongoku.cli import main

raise SystemExit(main())
