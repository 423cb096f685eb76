<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job ad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole ad here: the deadline, the ad&apos;s own timeline, how they want to be contacted and the contact person are read out of it. Check them on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the job ad here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the ad again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the facts from the ad, also those you changed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the ad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Accounting assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of your letters and calls to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the ad says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives its own timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the ad says you will hear from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling selection (may be filled before the deadline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks applicants not to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only shortlisted candidates are contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The employer and the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides, with the role, whether a call is a good idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ad&apos;s own timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only shortlisted are contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found in the ad yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the ad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the job title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline is before the day you applied – check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call you made or a mail you sent, so the advice knows you did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you after an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About another offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, e.g. their timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No applications yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the jobs you have applied for, and followup-gui tells you when and how to follow each one up – by the advice of a Swedish career guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at example data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When is (or was) the interview? If they said when you will hear from them, enter that too: the follow-up waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they promised a reply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at &amp;example data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close example data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About followup-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, employer, contact, notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are looking at example data with invented applications. Changes are not saved. Close it in the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made by a newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be saved: %1 – they are kept in memory and saving is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up dialog arrives in the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do today – %n application(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) to do today</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved (example data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved – retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” at %2? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove other offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About followup-gui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;followup-gui %1&lt;/b&gt;&lt;p&gt;When and how to follow up your job applications, by the advice of a Swedish career guide.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes could not be saved:
%1

Quit anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherOfferDialog</name>
    <message>
        <source>Another offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A concrete offer from another employer that you must answer by a date is the one good reason to get in touch early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must answer by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer date cannot be before the day you got the offer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and how to reach you. They sign your mails and fill in the phone script; they never leave this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The file cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your applications file has an error, so it is not opened for editing and nothing is written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of followup-gui.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&apos;s reply date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer other offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Follow up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other offer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews, contacts and offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an application to see what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up dialog arrives in the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window has passed – a follow-up now is still better than none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you choose %1 instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply promised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other offer noted %1, answer by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thank-you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
