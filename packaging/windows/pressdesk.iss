; Inno Setup script: the PressDesk installer for Windows, from the bundle dist\PressDesk\
; (built by packaging\pressdesk.spec). Run by .github/workflows/build.yml:
;   iscc /DAppVersion=0.1.0 packaging\windows\pressdesk.iss
; Installs per user (no administrator rights), adds a Start menu entry and registers
; .pressrelease (and .pdtemplate) to open in PressDesk.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6E0B2C71-5B8A-4C1E-9E57-3D2B1F4A9C20}
AppName=PressDesk
AppVersion={#AppVersion}
AppPublisher=PressDesk developers
DefaultDirName={autopf}\PressDesk
DefaultGroupName=PressDesk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=PressDesk-{#AppVersion}-setup
SetupIconFile=..\icons\pressdesk.ico
UninstallDisplayIcon={app}\PressDesk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
; Inno Setup ships no Arabic translation with the compiler; Arabic users get English here.

[Files]
Source: "..\..\dist\PressDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\PressDesk"; Filename: "{app}\PressDesk.exe"
Name: "{group}\{cm:UninstallProgram,PressDesk}"; Filename: "{uninstallexe}"

[Registry]
; .pressrelease -> PressDesk.Release, opened by the windowed PressDesk.exe
Root: HKA; Subkey: "Software\Classes\.pressrelease"; ValueType: string; ValueName: ""; ValueData: "PressDesk.Release"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.pressrelease"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-pressdesk-release"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\PressDesk.Release"; ValueType: string; ValueName: ""; ValueData: "PressDesk press release"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\PressDesk.Release\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\PressDesk.exe,0"
Root: HKA; Subkey: "Software\Classes\PressDesk.Release\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\PressDesk.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\PressDesk.exe\SupportedTypes"; ValueType: string; ValueName: ".pressrelease"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\PressDesk.exe"; Description: "{cm:LaunchProgram,PressDesk}"; Flags: nowait postinstall skipifsilent
