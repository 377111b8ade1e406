from checkup_desktop.cli import main

raise SystemExit(main())
