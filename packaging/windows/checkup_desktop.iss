; Inno Setup 6 script: per-user install of the one-folder frozen app (no admin rights),
; Start menu entry, "Open with > Checkup Desktop" for .pdf (never taking over the default
; PDF viewer), and an uninstaller. Built by CI after scripts/build_frozen.sh:
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\CheckupDesktop packaging\windows\checkup_desktop.iss
; Add /DRelease for release builds (a multi-GB bundled model needs disk spanning).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\CheckupDesktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist\installer"
#endif
#ifndef IconFile
  ; drawn by packaging/make_icons.py during the PyInstaller build (workpath build/)
  #define IconFile "..\..\build\checkup_desktop\icons\icon.ico"
#endif
#define AppName "Checkup Desktop"
#define AppExe "CheckupDesktop.exe"
#define ProgId "CheckupDesktop.pdf"

[Setup]
; fixed AppId: upgrades replace the previous install instead of adding a second one
AppId={{6F1C2A4E-3B7D-4E8A-9C51-2D0B7E4F8A13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Checkup Desktop
VersionInfoVersion={#AppVersion}
; per-user: {autopf} is %LOCALAPPDATA%\Programs and HKA is HKCU in this mode
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir={#OutputDir}
OutputBaseFilename=CheckupDesktop-{#AppVersion}-windows-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
#ifdef Release
; a setup file cannot hold more than ~2 GB: the bundled vision model goes into .bin slices
DiskSpanning=yes
DiskSliceSize=max
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Open with" for PDFs: a ProgID listed under .pdf\OpenWithProgids, and the app's own
; Applications entry. The default PDF handler is left untouched.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Check-up report (PDF)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithProgids"; ValueType: none; ValueName: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".pdf"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the app itself may leave inside its folder; the user's history and settings
; (platformdirs, outside {app}) are kept: they are the user's data
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
