; NSIS 3 script of the Windows setup: dist\followup-gui-<version>-windows-x64-setup.exe
; from the onedir bundle that packaging/build.py makes under Wine. Built on Linux by
; packaging/windows/build_setup.py (`make package-windows`), which passes:
;   VERSION (0.1.0), VERSION4 (0.1.0.0), BUNDLE (the folder with followup-gui.exe),
;   ICON (build/icons/followup-gui.ico), INSTALLED_KB (the bundle's size), OUTFILE.
;
; For the current user, no administrator rights: %LOCALAPPDATA%\Programs\followup-gui, a
; Start-menu entry and the "Settings > Apps" entry (icon, publisher, version, size,
; uninstaller), all under HKCU. The pages are Swedish on a Swedish Windows, else English.
; A newer version installs over an older one in place. Uninstalling keeps the user's data
; (%LOCALAPPDATA%\followup-gui, the settings under HKCU\Software\followup-gui) unless
; "Also remove my applications" is ticked; it always removes the start-at-login value.
; Silent: setup.exe /S [/D=folder], uninstall.exe /S (keeps the data; add /REMOVEDATA to
; remove it too).

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
SetCompressorDictSize 32
RequestExecutionLevel user
ManifestDPIAware true
ManifestSupportedOS Win10

!define APP "followup-gui"
!define EXE "followup-gui.exe"
!define PUBLISHER "followup-gui developers"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define SETTINGS_KEY "Software\${APP}"
; The app sets the same ID at start (followup_gui/windows_integration.py): the shortcut,
; the taskbar button, the tray icon and notifications are then one app to Windows.
!define AUMID "followup-gui.FollowupGui"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "Sections.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_UNCOMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the one for a system whose language is neither.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Swedish"

LangString NeedsWindows10 ${LANG_ENGLISH} "${APP} needs 64-bit Windows 10 or 11."
LangString NeedsWindows10 ${LANG_SWEDISH} "${APP} kräver 64-bitars Windows 10 eller 11."
LangString StillRunning ${LANG_ENGLISH} "${APP} is running. Quit it (also in the system tray) and click Retry."
LangString StillRunning ${LANG_SWEDISH} "${APP} är igång. Avsluta det (även i aktivitetsfältets meddelandefält) och klicka på Försök igen."
LangString ProgramFiles ${LANG_ENGLISH} "The program"
LangString ProgramFiles ${LANG_SWEDISH} "Programmet"
LangString RemoveData ${LANG_ENGLISH} "Also remove my applications and settings"
LangString RemoveData ${LANG_SWEDISH} "Ta även bort mina ansökningar och inställningar"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "MIT License, ${PUBLISHER}"

Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_ICONSTOP|MB_OK "$(NeedsWindows10)" /SD IDOK
    Abort
  ${EndIf}
FunctionEnd

; The running app keeps its exe open: replacing it would fail half-way.
!macro WAIT_UNTIL_CLOSED EXE_PATH
  ${Do}
    ClearErrors
    ${IfNot} ${FileExists} "${EXE_PATH}"
      ${Break}
    ${EndIf}
    FileOpen $0 "${EXE_PATH}" a
    ${IfNot} ${Errors}
      FileClose $0
      ${Break}
    ${EndIf}
    ${If} ${Cmd} `MessageBox MB_ICONEXCLAMATION|MB_RETRYCANCEL "$(StillRunning)" /SD IDCANCEL IDCANCEL`
      Abort
    ${EndIf}
  ${Loop}
!macroend

; System.AppUserModel.ID on the shortcut $0, through IShellLink's IPropertyStore.
Function SetShortcutAppId
  System::Call 'ole32::CoCreateInstance(g "{00021401-0000-0000-C000-000000000046}", p 0, i 1, g "{000214F9-0000-0000-C000-000000000046}", *p .r1) i .r9'
  ${If} $9 = 0
    System::Call '$1->0(g "{0000010B-0000-0000-C000-000000000046}", *p .r2) i .r9'
    ${If} $9 = 0
      System::Call '$2->5(w r0, i 2) i .r9'
      System::Call '$1->0(g "{886D8EEB-8CF2-4446-8D02-CDBA1DBDCF99}", *p .r3) i .r9'
      ${If} $9 = 0
        System::Call '*(g "{9F4C2855-9F79-4B39-A8D0-E1D42DE1D5F3}", i 5) p .r4'
        System::Call '*(&w128 "${AUMID}") p .r5'
        System::Call '*(&i2 31, &i2 0, &i2 0, &i2 0, p r5, p 0) p .r6'
        System::Call '$3->6(p r4, p r6) i .r9'
        System::Call '$3->7() i .r9'
        System::Call '$3->2()'
        System::Free $6
        System::Free $5
        System::Free $4
      ${EndIf}
      System::Call '$2->6(p 0, i 1) i .r9'
      System::Call '$2->2()'
    ${EndIf}
    System::Call '$1->2()'
  ${EndIf}
FunctionEnd

Section "!$(ProgramFiles)" SecProgram
  SectionIn RO
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR\${EXE}"
  ; An upgrade replaces the whole bundle, so nothing of an older Qt or Python lingers.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File "${BUNDLE}\${EXE}"
  File /r "${BUNDLE}\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  StrCpy $0 "$SMPROGRAMS\${APP}.lnk"
  Call SetShortcutAppId
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${INSTALLED_KB}
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "un.$(ProgramFiles)" UnSecProgram
  SectionIn RO
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR\${EXE}"
  ; The app's start-at-login value (Settings) would point at a program that is gone.
  DeleteRegValue HKCU "${RUN_KEY}" "${APP}"
  Delete "$SMPROGRAMS\${APP}.lnk"
  ; Only what the setup put there: the folder may hold the user's own files.
  Delete "$INSTDIR\${EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd

Section /o "un.$(RemoveData)" UnSecData
  ; platformdirs.user_data_path("followup-gui") and Qt's QSettings of the app.
  RMDir /r "$LOCALAPPDATA\${APP}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd

; uninstall.exe /REMOVEDATA ticks "Also remove my applications" (for /S too).
Function un.onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${UnSecData} ${SF_SELECTED}
  ${EndIf}
FunctionEnd
