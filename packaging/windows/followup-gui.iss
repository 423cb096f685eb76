; Inno Setup 6 script: dist\followup-gui-<version>-windows-x64-setup.exe from the onedir
; bundle that packaging\build.py leaves in build\dist\followup-gui.
;
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\followup-gui.iss
;
; Double-clicking the setup installs for the current user (no administrator rights asked;
; the first page offers "all users" too), adds a Start menu entry and, if chosen, a desktop
; icon. Uninstall from Settings > Apps (or Control Panel > Programs). The user's data
; (the applications file in %LOCALAPPDATA%\followup-gui) is kept on uninstall.
;
; Built and tested only by .github/workflows/installers.yml on windows-latest: nobody has
; compiled it on this project's Linux machines.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z followup-gui.iss
#endif
#define AppName "followup-gui"
#define AppExe "followup-gui.exe"
#define Root "..\.."

[Setup]
; The AppId identifies the app for upgrades and uninstall: never change it.
AppId={{E016ACC5-247C-4F08-9495-7BA2CFAAA7B1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=followup-gui developers
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\icons\followup-gui.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
; Inno Setup ships no Swedish translation; the app itself follows the Windows language.
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; An upgrade replaces the whole bundle, so files left from an older Qt do not linger.
Source: "{#Root}\build\dist\followup-gui\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
