<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttachmentActions</name>
    <message numerus="yes">
        <source>Attach %n file(s)</source>
        <translation>
            <numerusform>Attach %n file</numerusform>
            <numerusform>Attach %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message numerus="yes">
        <source>Fine: %1 of %n point(s).</source>
        <translation>
            <numerusform>Fine: %1 of %n point.</numerusform>
            <numerusform>Fine: %1 of %n points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message numerus="yes">
        <source>%n calendar event(s). Open it in your calendar app; exporting again later updates the same events.</source>
        <translation>
            <numerusform>%n calendar event. Open it in your calendar app; exporting again later updates the same events.</numerusform>
            <numerusform>%n calendar events. Open it in your calendar app; exporting again later updates the same events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n attached file(s) missing)</source>
        <translation>
            <numerusform>(%n attached file missing)</numerusform>
            <numerusform>(%n attached files missing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n application(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Imported %n application. Undo with Ctrl+Z.</numerusform>
            <numerusform>Imported %n applications. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical (left as they are)</source>
        <translation>
            <numerusform>%n identical (left as it is)</numerusform>
            <numerusform>%n identical (left as they are)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <source>%n row(s) make applications.</source>
        <translation>
            <numerusform>%n row makes an application.</numerusform>
            <numerusform>%n rows make applications.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (shown in the next step).</source>
        <translation>
            <numerusform>%n row has a problem (shown in the next step).</numerusform>
            <numerusform>%n rows have problems (shown in the next step).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersTray</name>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n reminder</numerusform>
            <numerusform>%n reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>followup-gui – %n thing(s) to do</source>
        <translation>
            <numerusform>followup-gui – %n thing to do</numerusform>
            <numerusform>followup-gui – %n things to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the window</source>
        <translation>
            <numerusform>…and %n more in the window</numerusform>
            <numerusform>…and %n more in the window</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message numerus="yes">
        <source>%n application(s) that the file no longer had were kept; delete them again if that was meant.</source>
        <translation>
            <numerusform>%n application that the file no longer had was kept; delete it again if that was meant.</numerusform>
            <numerusform>%n applications that the file no longer had were kept; delete them again if that was meant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do today – %n application(s)</source>
        <translation>
            <numerusform>Nothing to do today – %n application</numerusform>
            <numerusform>Nothing to do today – %n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) to do today</source>
        <translation>
            <numerusform>%n follow-up to do today</numerusform>
            <numerusform>%n follow-ups to do today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncKeeper</name>
    <message numerus="yes">
        <source>%n application(s) changed on two computers: see the button at the bottom.</source>
        <translation>
            <numerusform>%n application changed on two computers: see the button at the bottom.</numerusform>
            <numerusform>%n applications changed on two computers: see the button at the bottom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) in the report changed on two computers. Kept: %1 from this computer, %2 from %3.</source>
        <translation>
            <numerusform>%n activity in the report changed on two computers. Kept: %1 from this computer, %2 from %3.</numerusform>
            <numerusform>%n activities in the report changed on two computers. Kept: %1 from this computer, %2 from %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) deleted on another computer were removed.</source>
        <translation>
            <numerusform>%n application deleted on another computer was removed.</numerusform>
            <numerusform>%n applications deleted on another computer were removed.</numerusform>
        </translation>
    </message>
</context>
</TS>
