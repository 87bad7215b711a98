; Inno Setup script for the Windows installer (https://jrsoftware.org/isinfo.php).
; Build the app first on 64-bit Windows (see docs/building.md), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\nihongoku.iss
; The installer goes to dist\installer\. Learners' data lives in %LOCALAPPDATA%\nihongoku
; (platformdirs), outside the program folder: uninstalling or upgrading never removes it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1B7E0A-4E4B-4C55-9B0E-5A1F2D6E9A11}
AppName=Nihongoku
AppVersion={#AppVersion}
AppPublisher=Nihongoku developers
DefaultDirName={autopf}\Nihongoku
DefaultGroupName=Nihongoku
; Qt 6 needs 64-bit Windows 10 1809 or later
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
; shared classroom laptops: install for all users when run as administrator, else per user
PrivilegesRequiredOverridesAllowed=dialog
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\nihongoku.ico
UninstallDisplayIcon={app}\nihongoku.exe
OutputDir=..\..\dist\installer
OutputBaseFilename=nihongoku-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; Inno Setup ships no Indonesian wizard text; its unofficial Indonesian.isl (from the
; Inno Setup translations page) can be copied to packaging\windows\ and added as
;   Name: "id"; MessagesFile: "Indonesian.isl"
; The app itself starts in Indonesian either way.
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\nihongoku\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Nihongoku"; Filename: "{app}\nihongoku.exe"
Name: "{autodesktop}\Nihongoku"; Filename: "{app}\nihongoku.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\nihongoku.exe"; Description: "{cm:LaunchProgram,Nihongoku}"; Flags: nowait postinstall skipifsilent
