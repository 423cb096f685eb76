<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit activity</source>
        <translation>Ändra aktivitet</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Lägg till aktivitet</translation>
    </message>
    <message>
        <source>Something you did to find work that is not an application, for the activity report. The report names it in Swedish.</source>
        <translation>Något du har gjort för att få ett jobb, men som inte är en ansökan. Det kommer med i aktivitetsrapporten.</translation>
    </message>
    <message>
        <source>Updated my CV</source>
        <translation>Uppdaterat CV</translation>
    </message>
    <message>
        <source>Applied for a course or education</source>
        <translation>Sökt utbildning eller kurs</translation>
    </message>
    <message>
        <source>Swedish for immigrants (SFI)</source>
        <translation>Svenska för invandrare (sfi)</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studier</translation>
    </message>
    <message>
        <source>Talk with a careers adviser</source>
        <translation>Samtal med studie- och yrkesvägledare</translation>
    </message>
    <message>
        <source>Visited a workplace</source>
        <translation>Studiebesök på arbetsplats</translation>
    </message>
    <message>
        <source>Recruitment event</source>
        <translation>Rekryteringsträff</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Arbetspraktik</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>Jobbat</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Annan aktivitet</translation>
    </message>
    <message>
        <source>What, where, with whom</source>
        <translation>Vad, var, med vem</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Aktivitet:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
    </message>
</context>
<context>
    <name>AdChecks</name>
    <message>
        <source>The ad is in English: your mails to them will be too.</source>
        <translation>Annonsen är på engelska, så dina mejl till dem blir det också.</translation>
    </message>
    <message>
        <source>⚠ The deadline, %1, has passed: it may be too late to apply. Check the date; you can still save the ad.</source>
        <translation>⚠ Sista ansökningsdagen, %1, har passerat, så det kan vara för sent att söka. Kontrollera datumet. Du kan ändå spara annonsen.</translation>
    </message>
</context>
<context>
    <name>AdLinkRow</name>
    <message>
        <source>Platsbanken link or ad id, e.g. https://arbetsformedlingen.se/platsbanken/annonser/…</source>
        <translation>Länk till Platsbanken eller annonsnummer, t.ex. https://arbetsformedlingen.se/platsbanken/annonser/…</translation>
    </message>
    <message>
        <source>Platsbanken link or ad id</source>
        <translation>Länk eller annons-id från Platsbanken</translation>
    </message>
    <message>
        <source>Fetch the ad</source>
        <translation>Hämta annonsen</translation>
    </message>
    <message>
        <source>Fills the form from Platsbanken: only the ad&apos;s id is sent, to JobTech</source>
        <translation>Fyller i formuläret med uppgifter från Platsbanken. Appen skickar bara annonsnumret.</translation>
    </message>
    <message>
        <source>Fetch the ad from Platsbanken?</source>
        <translation>Vill du hämta annonsen från Platsbanken?</translation>
    </message>
    <message>
        <source>followup-gui will ask JobTech&apos;s open JobSearch API (Arbetsförmedlingen) for this one ad. Only the ad&apos;s id is sent: nothing about you or your applications. This is the only time the app uses the internet, and only when you ask.

You can turn this off in Settings.</source>
        <translation>followup-gui hämtar just den här annonsen från Arbetsförmedlingen. Appen skickar bara annonsnumret, inget om dig eller dina ansökningar. Det är den enda gången appen använder internet, och bara när du ber om det.

Du kan stänga av det under Inställningar.</translation>
    </message>
    <message>
        <source>Fetching the ad from Platsbanken…</source>
        <translation>Hämtar annonsen från Platsbanken…</translation>
    </message>
    <message>
        <source>Filled from Platsbanken (ad %1).</source>
        <translation>Ifyllt från Platsbanken (annons %1).</translation>
    </message>
    <message>
        <source>Platsbanken marks the ad as removed.</source>
        <translation>Platsbanken har markerat annonsen som borttagen.</translation>
    </message>
</context>
<context>
    <name>AdOrigins</name>
    <message>
        <source>Job title</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Sista ansökningsdag</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <source>The ad&apos;s text</source>
        <translation>Annonstexten</translation>
    </message>
    <message>
        <source>How to apply (in Notes)</source>
        <translation>Så söker du (i Anteckningar)</translation>
    </message>
    <message>
        <source>Rolling selection</source>
        <translation>Löpande urval</translation>
    </message>
    <message>
        <source>No phone calls</source>
        <translation>Inga telefonsamtal</translation>
    </message>
    <message>
        <source>Only shortlisted are contacted</source>
        <translation>Bara de som går vidare kontaktas</translation>
    </message>
    <message>
        <source>The ad&apos;s own timeline</source>
        <translation>Annonsens egen tidsplan</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>From Platsbanken:</source>
        <translation>Från Platsbanken:</translation>
    </message>
    <message>
        <source>Read in the ad text:</source>
        <translation>Läst ur annonstexten:</translation>
    </message>
    <message>
        <source>The ad had nothing that was not filled in already.</source>
        <translation>Allt som stod i annonsen var redan ifyllt.</translation>
    </message>
</context>
<context>
    <name>AdViewer</name>
    <message>
        <source>The ad – %1</source>
        <translation>Annonsen – %1</translation>
    </message>
</context>
<context>
    <name>AfterDialog</name>
    <message>
        <source>Your change was not saved</source>
        <translation>Din ändring sparades inte</translation>
    </message>
    <message>
        <source>The file can no longer be changed here: %1</source>
        <translation>Filen kan inte längre ändras här: %1</translation>
    </message>
    <message>
        <source>The application was deleted</source>
        <translation>Ansökan har tagits bort</translation>
    </message>
    <message>
        <source>“%1” was deleted by another program (a sync folder, another computer) while you were changing it. Add it back with your change?</source>
        <translation>”%1” togs bort av ett annat program (en synkmapp, en annan dator) medan du ändrade den. Vill du lägga tillbaka den med din ändring?</translation>
    </message>
    <message>
        <source>“%1” was also changed by another program meanwhile: your change is made on its new version.</source>
        <translation>”%1” ändrades också av ett annat program under tiden: din ändring görs på den nya versionen.</translation>
    </message>
</context>
<context>
    <name>AppDialogs</name>
    <message>
        <source>About followup-gui</source>
        <translation>Om followup-gui</translation>
    </message>
    <message>
        <source>&lt;b&gt;followup-gui %1&lt;/b&gt;&lt;p&gt;When and how to follow up your job applications, by the advice of a Swedish career guide.&lt;/p&gt;&lt;p&gt;Your data stays on this computer: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;followup-gui %1&lt;/b&gt;&lt;p&gt;När och hur du följer upp dina jobbansökningar, enligt råden i en svensk karriärguide.&lt;/p&gt;&lt;p&gt;Dina uppgifter stannar på den här datorn: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The new language is used the next time you start followup-gui.</source>
        <translation>Det nya språket används nästa gång du startar followup-gui.</translation>
    </message>
    <message>
        <source>Restart followup-gui?</source>
        <translation>Vill du starta om followup-gui?</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Det nya språket används från nästa start.</translation>
    </message>
    <message>
        <source>Restart now? Your applications are saved first; nothing is lost.</source>
        <translation>Vill du starta om nu? Dina ansökningar sparas först, så inget går förlorat.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Starta om nu</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Se&amp;nare</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>Ny ansökan</translation>
    </message>
    <message>
        <source>Save an ad</source>
        <translation>Spara annons</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Ändra ansökan</translation>
    </message>
    <message>
        <source>Edit saved ad</source>
        <translation>Ändra sparad annons</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Vill du stänga utan att spara?</translation>
    </message>
    <message>
        <source>What you entered here is not saved. Close and lose it?</source>
        <translation>Det du har skrivit här är inte sparat. Vill du stänga ändå? Då försvinner det du har skrivit.</translation>
    </message>
    <message>
        <source>The job ad</source>
        <translation>Platsannonsen</translation>
    </message>
    <message>
        <source>Paste the whole ad here: the deadline, the ad&apos;s own timeline, how they want to be contacted and the contact person are read out of it. Check them on the right.</source>
        <translation>Klistra in hela annonsen här. Appen läser ut sista ansökningsdag, annonsens egen tidsplan, hur de vill bli kontaktade och vem som är kontaktperson. Kontrollera uppgifterna till höger.</translation>
    </message>
    <message>
        <source>Paste the job ad here…</source>
        <translation>Klistra in platsannonsen här…</translation>
    </message>
    <message>
        <source>Read the ad again</source>
        <translation>Läs annonsen igen</translation>
    </message>
    <message>
        <source>Fill the facts from the ad, also those you changed by hand</source>
        <translation>Fyll i uppgifterna från annonsen, även de som du har ändrat själv</translation>
    </message>
    <message>
        <source>Link to the ad:</source>
        <translation>Länk till annonsen:</translation>
    </message>
    <message>
        <source>The job</source>
        <translation>Tjänsten</translation>
    </message>
    <message>
        <source>e.g. Accounting assistant</source>
        <translation>t.ex. ekonomiassistent</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>The language of your letters and calls to them</source>
        <translation>Språket i dina mejl och samtal till dem</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Tjänst:</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>Arbetsgivare:</translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation>Sökt den:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>What the ad says</source>
        <translation>Vad annonsen säger</translation>
    </message>
    <message>
        <source>has a deadline</source>
        <translation>finns</translation>
    </message>
    <message>
        <source>gives its own timeline</source>
        <translation>anges i annonsen</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Svar senast</translation>
    </message>
    <message>
        <source>When the ad says you will hear from them</source>
        <translation>När annonsen säger att du får besked</translation>
    </message>
    <message>
        <source>Rolling selection (may be filled before the deadline)</source>
        <translation>Löpande urval (kan tillsättas före sista ansökningsdag)</translation>
    </message>
    <message>
        <source>Asks applicants not to call</source>
        <translation>Ber sökande att inte ringa</translation>
    </message>
    <message>
        <source>Only shortlisted candidates are contacted</source>
        <translation>Bara de som går vidare blir kontaktade</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Sista ansökningsdag:</translation>
    </message>
    <message>
        <source>Reply by:</source>
        <translation>Besked senast:</translation>
    </message>
    <message>
        <source>The employer and the role</source>
        <translation>Arbetsgivaren och jobbet</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Vet inte</translation>
    </message>
    <message>
        <source>Small company</source>
        <translation>Liten arbetsgivare</translation>
    </message>
    <message>
        <source>Large company</source>
        <translation>Stor arbetsgivare</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Juridik</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Ekonomi och finans</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Offentlig sektor</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Försäljning</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Kundservice</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Ledarskap</translation>
    </message>
    <message>
        <source>Decides, with the role, whether a call is a good idea</source>
        <translation>Tillsammans med typen av jobb avgör det om ett samtal är en bra idé</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Storlek:</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Bransch:</translation>
    </message>
    <message>
        <source>Kind of role:</source>
        <translation>Typ av jobb:</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Anything you want to remember</source>
        <translation>Sådant du vill komma ihåg</translation>
    </message>
    <message>
        <source>That day has not come yet – check the date you applied.</source>
        <translation>Den dagen har inte kommit än – kontrollera datumet du sökte.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Sista ansökningsdag</translation>
    </message>
    <message>
        <source>Rolling selection</source>
        <translation>Löpande urval</translation>
    </message>
    <message>
        <source>The ad&apos;s own timeline</source>
        <translation>Annonsens egen tidsplan</translation>
    </message>
    <message>
        <source>No phone calls</source>
        <translation>Inga telefonsamtal</translation>
    </message>
    <message>
        <source>Only shortlisted are contacted</source>
        <translation>Bara de som går vidare kontaktas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>From Platsbanken:</source>
        <translation>Från Platsbanken:</translation>
    </message>
    <message>
        <source>Nothing found in the ad yet.</source>
        <translation>Appen har inte hittat något i annonsen än.</translation>
    </message>
    <message>
        <source>%1 (year guessed)</source>
        <translation>%1 (året gissat)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>Found in the ad:</source>
        <translation>Hittat i annonsen:</translation>
    </message>
    <message>
        <source>Enter the job title.</source>
        <translation>Fyll i tjänsten.</translation>
    </message>
    <message>
        <source>Enter the employer.</source>
        <translation>Fyll i arbetsgivaren.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>Det här ser inte ut som en e-postadress.</translation>
    </message>
    <message>
        <source>The deadline is before the day you applied – check the dates.</source>
        <translation>Sista ansökningsdag ligger före dagen du sökte – kontrollera datumen.</translation>
    </message>
</context>
<context>
    <name>ApplicationEdits</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Ändra ”%1”</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Ta bort ansökan</translation>
    </message>
    <message>
        <source>Delete “%1” at %2? You can undo this with Ctrl+Z.</source>
        <translation>Vill du ta bort ”%1” hos %2? Du kan ångra det med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>”%1” är borttagen. Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ApplicationEvents</name>
    <message>
        <source>Change stage</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <source>Close and move on</source>
        <translation>Avsluta och gå vidare</translation>
    </message>
    <message>
        <source>Closed “%1”. On to the next one – undo with Ctrl+Z.</source>
        <translation>”%1” är avslutad. Nu kan du gå vidare till nästa. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Logga kontakt</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Skickat: %1</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Markera som klar</translation>
    </message>
    <message>
        <source>Marked done: %1 – undo with Ctrl+Z.</source>
        <translation>Klart: %1 – ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Add interview</source>
        <translation>Lägg till intervju</translation>
    </message>
    <message>
        <source>Other offer</source>
        <translation>Annat erbjudande</translation>
    </message>
    <message>
        <source>Edit interview</source>
        <translation>Ändra intervju</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Ändra kontakt</translation>
    </message>
    <message>
        <source>Remove interview</source>
        <translation>Ta bort intervju</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Ta bort kontakt</translation>
    </message>
    <message>
        <source>Remove other offer</source>
        <translation>Ta bort annat erbjudande</translation>
    </message>
    <message>
        <source>Removed. Undo with Ctrl+Z.</source>
        <translation>Borttaget. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>It is too early to follow up</source>
        <translation>Det är för tidigt att följa upp</translation>
    </message>
    <message>
        <source>The time to follow up starts %1. A follow-up before then can seem impatient, and the employer may not have looked at the applications yet. Follow up anyway?</source>
        <translation>Tiden för att följa upp börjar %1. Om du följer upp före dess kan du verka otålig, och arbetsgivaren har kanske inte hunnit läsa ansökningarna. Vill du följa upp ändå?</translation>
    </message>
    <message>
        <source>The time to follow up ended long ago</source>
        <translation>Tiden för uppföljning gick ut för länge sedan</translation>
    </message>
    <message>
        <source>The time to follow up ended %1. A follow-up this late is rarely answered, but it does no harm if you write it well. Follow up anyway?</source>
        <translation>Tiden för uppföljning gick ut %1. Så sent får en uppföljning sällan svar, men den skadar inte om du skriver den väl. Vill du följa upp ändå?</translation>
    </message>
    <message>
        <source>You have already followed up</source>
        <translation>Du har redan följt upp</translation>
    </message>
    <message>
        <source>You have followed up once already. The guide says one well-written follow-up is enough: a second can seem pushy. Follow up again anyway?</source>
        <translation>Du har redan följt upp en gång. Enligt guiden räcker en välskriven uppföljning, och en till kan verka påträngande. Vill du följa upp igen ändå?</translation>
    </message>
    <message>
        <source>Log follow-up</source>
        <translation>Logga uppföljning</translation>
    </message>
    <message>
        <source>Logged the follow-up. Undo with Ctrl+Z.</source>
        <translation>Uppföljningen är loggad. Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ApplicationsModel</name>
    <message>
        <source>Job and company</source>
        <translation>Tjänst och arbetsgivare</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Sökt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Search title, employer, contact, notes (Ctrl+F)</source>
        <translation>Sök tjänst, arbetsgivare, kontakt, anteckningar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the applications</source>
        <translation>Sök bland ansökningarna</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>Alla ansökningar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pågående</translation>
    </message>
    <message>
        <source>To do now</source>
        <translation>Att göra nu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <source>Your applications</source>
        <translation>Dina ansökningar</translation>
    </message>
    <message>
        <source>One row per application. Enter edits it; Tab moves on to its advice.</source>
        <translation>En rad per ansökan. Enter ändrar den; Tab går vidare till rådet om den.</translation>
    </message>
    <message>
        <source>No application matches the search.</source>
        <translation>Ingen ansökan matchar sökningen.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Visa alla</translation>
    </message>
    <message>
        <source>Showing %1 of %2: %3</source>
        <translation>Visar %1 av %2: %3</translation>
    </message>
</context>
<context>
    <name>AppliedDialog</name>
    <message>
        <source>I have applied</source>
        <translation>Jag har sökt</translation>
    </message>
    <message>
        <source>When did you send your application for %1 at %2?</source>
        <translation>När skickade du din ansökan till %1 hos %2?</translation>
    </message>
    <message>
        <source>Applied on:</source>
        <translation>Sökt den:</translation>
    </message>
</context>
<context>
    <name>AttachmentActions</name>
    <message>
        <source>Attach files</source>
        <translation>Bifoga filer</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n file(s)</source>
        <translation>
            <numerusform>Bifoga %n fil</numerusform>
            <numerusform>Bifoga %n filer</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Kunde inte bifoga</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Kan inte öppna filen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Ta bort ”%1”</translation>
    </message>
    <message>
        <source>Removed “%1”. Undo with Ctrl+Z.</source>
        <translation>”%1” är borttagen. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Change what a file is</source>
        <translation>Ändra typ av fil</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>The ad</source>
        <translation>Annonsen</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Personligt brev</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Bifogade filer</translation>
    </message>
    <message>
        <source>Drop files here to attach copies of them</source>
        <translation>Släpp filer här för att bifoga kopior av dem</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Bifoga filer…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>No files yet: drop the ad, your letter or a reply here.</source>
        <translation>Inga filer än. Släpp annonsen, ditt personliga brev eller ett svar här.</translation>
    </message>
    <message>
        <source>This file is</source>
        <translation>Filen är</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>A copy is made before the first change of each day and before every import or restore. Restoring keeps the current file as a backup too, so nothing is lost.</source>
        <translation>En kopia görs före dagens första ändring och före varje import eller återställning. När du återställer sparas även den nuvarande filen som säkerhetskopia, så inget går förlorat.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Ansökningar</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>Daglig kopia</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Före import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före återställning</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Före uppgradering</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>oläsbar</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Det finns inga säkerhetskopior än.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export to calendar</source>
        <translation>Exportera till kalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Copy as table</source>
        <translation>Kopiera som tabell</translation>
    </message>
    <message>
        <source>Copy the figures as a table (tab-separated) to paste into a spreadsheet</source>
        <translation>Kopiera siffrorna som en tabell, så att du kan klistra in dem i ett kalkylark</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message numerus="yes">
        <source>Fine: %1 of %n point(s).</source>
        <translation>
            <numerusform>Bra: %1 av %n punkt.</numerusform>
            <numerusform>Bra: %1 av %n punkter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClashView</name>
    <message>
        <source>Changed on two computers</source>
        <translation>Ändrad på två datorer</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Sökt</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Sista ansökningsdag</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Intervjuer</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Ad</source>
        <translation>Annons</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bilagor</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>These applications were changed on two computers before they had synced. The newer version is in your list; the other one is kept here. Take the other one if it is the right one (Undo takes it back).</source>
        <translation>De här ansökningarna ändrades på två datorer innan de hann synkas. Den nyare versionen finns i din lista; den andra sparas här. Ta den andra om det är den som stämmer (Ångra tar tillbaka det).</translation>
    </message>
    <message>
        <source>In your list</source>
        <translation>I din lista</translation>
    </message>
    <message>
        <source>The other version</source>
        <translation>Den andra versionen</translation>
    </message>
    <message>
        <source>&amp;Take the other version</source>
        <translation>&amp;Ta den andra versionen</translation>
    </message>
    <message>
        <source>&amp;Keep the one in the list</source>
        <translation>&amp;Behåll den i listan</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(borttagen)</translation>
    </message>
    <message>
        <source>Take the other version</source>
        <translation>Ta den andra versionen</translation>
    </message>
</context>
<context>
    <name>CloseAndMoveOnButton</name>
    <message>
        <source>Close it and move on</source>
        <translation>Avsluta och gå vidare</translation>
    </message>
    <message>
        <source>No answer for three working weeks after your follow-up: close the application and put your energy into the next one (undo with Ctrl+Z).</source>
        <translation>Inget svar på tre arbetsveckor efter din uppföljning. Avsluta ansökan och lägg kraften på nästa. Du kan ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Close as rejected (no answer)</source>
        <translation>Avsluta: fått nej (inget svar)</translation>
    </message>
    <message>
        <source>Close as withdrawn</source>
        <translation>Avsluta: dragit tillbaka</translation>
    </message>
    <message>
        <source>The time to follow up ended long ago: close the application and put your energy into the next one (undo with Ctrl+Z).</source>
        <translation>Tiden för uppföljning gick ut för länge sedan: avsluta ansökan och lägg kraften på nästa (ångra med Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add application</source>
        <translation>Lägg till ansökan</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Ta bort ansökan</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Ändra profil</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Lägg till aktivitet</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Ändra aktivitet</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Ta bort aktivitet</translation>
    </message>
    <message>
        <source>Mark %1 as reported</source>
        <translation>Markera %1 som rapporterad</translation>
    </message>
    <message>
        <source>Mark %1 as not reported</source>
        <translation>Markera %1 som inte rapporterad</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>Compare email and phone</source>
        <translation>Jämför e-post och telefon</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>The file was changed elsewhere</source>
        <translation>Ett annat program har ändrat filen</translation>
    </message>
    <message>
        <source>Another program (a sync folder, another computer) has changed the same applications in your file that you have changed and not saved yet.</source>
        <translation>Ett annat program (till exempel en synkmapp eller en annan dator) har ändrat samma ansökningar som du har ändrat men inte sparat än.</translation>
    </message>
    <message>
        <source>The file now has an error: %1</source>
        <translation>Filen innehåller nu ett fel: %1</translation>
    </message>
    <message>
        <source>“Keep my version” keeps your changes where both changed the same application; what only the other program added or changed is kept too.</source>
        <translation>”Behåll min version” behåller dina ändringar i de ansökningar som både du och det andra programmet har ändrat. Det som bara det andra programmet har lagt till eller ändrat finns också kvar.</translation>
    </message>
    <message>
        <source>Use the file&apos;s version</source>
        <translation>Använd filens version</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Behåll min version</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Bestäm senare</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Kan inte läsa in filen igen</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Log contact</source>
        <translation>Logga kontakt</translation>
    </message>
    <message>
        <source>Log a call you made, a mail you sent or an answer you got, so the advice knows about it.</source>
        <translation>Logga ett samtal du har ringt, ett mejl du har skickat eller ett svar du har fått. Då kan appen ge dig rätt råd.</translation>
    </message>
    <message>
        <source>Follow-up of the application</source>
        <translation>Uppföljning av ansökan</translation>
    </message>
    <message>
        <source>Thank-you after an interview</source>
        <translation>Tack efter en intervju</translation>
    </message>
    <message>
        <source>About another offer</source>
        <translation>Om ett annat erbjudande</translation>
    </message>
    <message>
        <source>Reply from the employer</source>
        <translation>Svar från arbetsgivaren</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Något annat</translation>
    </message>
    <message>
        <source>What was said, e.g. their timeline</source>
        <translation>Vad som sades, t.ex. deras tidsplan</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Gäller:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Anteckning:</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>Something went wrong, and what you did last may not have been done.</source>
        <translation>Något gick fel, och det du gjorde sist kanske inte blev gjort.</translation>
    </message>
    <message>
        <source>Your applications are saved.</source>
        <translation>Dina ansökningar är sparade.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved; they are kept in %1.</source>
        <translation>Dina senaste ändringar kunde inte sparas; de finns kvar i %1.</translation>
    </message>
    <message>
        <source>The details are written to %1: please send them along if you report it.</source>
        <translation>Detaljerna står i %1: skicka gärna med dem om du rapporterar felet.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Choose in a calendar</source>
        <translation>Välj i en kalender</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Välj i en kalender (Alt+Nedpil)</translation>
    </message>
    <message>
        <source>Cannot read this as a date. Type e.g. 2026-12-09, 9/12 or 9 dec.</source>
        <translation>Kan inte läsa det som ett datum. Skriv till exempel 2026-12-09, 9/12 eller 9 dec.</translation>
    </message>
    <message>
        <source>%1 has not come yet.</source>
        <translation>%1 har inte kommit än.</translation>
    </message>
    <message>
        <source>%1 is too early.</source>
        <translation>%1 är för tidigt.</translation>
    </message>
    <message>
        <source>%1 (year guessed)</source>
        <translation>%1 (året gissat)</translation>
    </message>
</context>
<context>
    <name>DuplicateNote</name>
    <message>
        <source>the same Platsbanken ad</source>
        <translation>samma annons i Platsbanken</translation>
    </message>
    <message>
        <source>the same ad link</source>
        <translation>samma annonslänk</translation>
    </message>
    <message>
        <source>the same employer and a similar title</source>
        <translation>samma arbetsgivare och en liknande tjänst</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>sökt %1</translation>
    </message>
    <message>
        <source>saved ad</source>
        <translation>sparad annons</translation>
    </message>
    <message>
        <source>You may have this one already:</source>
        <translation>Den här kanske du redan har:</translation>
    </message>
    <message>
        <source>You can still save it.</source>
        <translation>Du kan spara ändå.</translation>
    </message>
</context>
<context>
    <name>EmailComposer</name>
    <message>
        <source>The recruiter&apos;s email address</source>
        <translation>Rekryterarens e-postadress</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Meddelandet</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Till:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Ämne:</translation>
    </message>
    <message>
        <source>Open in email program</source>
        <translation>Öppna i e-postprogrammet</translation>
    </message>
    <message>
        <source>Opens a new mail with this text in your own email program. You send it.</source>
        <translation>Öppnar ett nytt mejl med den här texten i ditt eget e-postprogram. Du skickar det själv.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copies the subject and the text to the clipboard.</source>
        <translation>Kopierar ämnet och texten till Urklipp.</translation>
    </message>
    <message>
        <source>Start over from the template</source>
        <translation>Börja om från mallen</translation>
    </message>
    <message>
        <source>Nothing is sent from here: your email program sends the mail when you press Send there. Red wavy lines mark spelling and unfilled [placeholders] (right-click for suggestions), blue ones the wording the checklist flags.</source>
        <translation>Inget skickas härifrån. Mejlet skickas från ditt e-postprogram när du trycker på Skicka där. Röd vågig linje: ett stavfel, eller text inom [hakparentes] som du ska byta ut. Högerklicka för förslag. Blå linje: en formulering som checklistan varnar för.</translation>
    </message>
    <message>
        <source>Replace your text?</source>
        <translation>Vill du ersätta din text?</translation>
    </message>
    <message>
        <source>You have changed the mail. Replace it with the template for the new kind of message? Answer No to keep your text.</source>
        <translation>Du har ändrat mejlet. Vill du ersätta det med mallen för den nya typen av meddelande? Svara Nej om du vill behålla din text.</translation>
    </message>
    <message>
        <source>(Checking spelling…)</source>
        <translation>(Kontrollerar stavningen…)</translation>
    </message>
    <message>
        <source>The address holds a comma or a semicolon. Write one address only: more would add recipients you did not mean.</source>
        <translation>Adressen innehåller ett kommatecken eller semikolon. Skriv bara en adress: fler skulle lägga till mottagare du inte menade.</translation>
    </message>
    <message>
        <source>The address holds a line break or another invisible character. Write the address again by hand.</source>
        <translation>Adressen innehåller en radbrytning eller ett annat osynligt tecken. Skriv adressen på nytt för hand.</translation>
    </message>
    <message>
        <source>The address holds a space. Remove it.</source>
        <translation>Adressen innehåller ett mellanslag. Ta bort det.</translation>
    </message>
    <message>
        <source>This is not one e-mail address. Write it like name@firma.se.</source>
        <translation>Det här är inte en e-postadress. Skriv den som namn@firma.se.</translation>
    </message>
    <message>
        <source>Check the address</source>
        <translation>Kontrollera adressen</translation>
    </message>
    <message>
        <source>No email program</source>
        <translation>Inget e-postprogram</translation>
    </message>
    <message>
        <source>No email program could be opened. Use Copy and paste the mail into the program or web mail you use.</source>
        <translation>Inget e-postprogram gick att öppna. Tryck på Kopiera och klistra in mejlet i det e-postprogram eller den webbmejl du använder.</translation>
    </message>
    <message>
        <source>The mail fails checklist points</source>
        <translation>Mejlet klarar inte alla punkter i checklistan</translation>
    </message>
    <message>
        <source>The mail does not yet pass these points of the checklist:
%1

Use it anyway?</source>
        <translation>Mejlet klarar ännu inte de här punkterna i checklistan:
%1

Vill du använda det ändå?</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No applications yet</source>
        <translation>Inga ansökningar än</translation>
    </message>
    <message>
        <source>Add the jobs you have applied for, and followup-gui tells you when and how to follow each one up – by the advice of a Swedish career guide.</source>
        <translation>Lägg till jobben du har sökt, så berättar followup-gui när och hur du ska följa upp varje ansökan – enligt råden i en svensk karriärguide.</translation>
    </message>
    <message>
        <source>Add your first application…</source>
        <translation>Lägg till din första ansökan…</translation>
    </message>
    <message>
        <source>Look at example data</source>
        <translation>Visa exempeldata</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>Everything with the attached files, to import again (*.zip)</source>
        <translation>Allt med de bifogade filerna, för att importera igen (*.zip)</translation>
    </message>
    <message>
        <source>All data, to import again (*.json)</source>
        <translation>Alla uppgifter, för att importera igen (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Kalkylblad (*.csv)</translation>
    </message>
    <message>
        <source>Export applications</source>
        <translation>Exportera ansökningar</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n calendar event(s). Open it in your calendar app; exporting again later updates the same events.</source>
        <translation>
            <numerusform>%n kalenderhändelse. Öppna filen i din kalenderapp – exporterar du igen senare uppdateras samma händelse.</numerusform>
            <numerusform>%n kalenderhändelser. Öppna filen i din kalenderapp – exporterar du igen senare uppdateras samma händelser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n attached file(s) missing)</source>
        <translation>
            <numerusform>(%n bifogad fil saknas)</numerusform>
            <numerusform>(%n bifogade filer saknas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation>Importera ansökningar</translation>
    </message>
    <message>
        <source>Applications (*.json *.csv *.tsv *.txt *.zip);;Stores and exports (*.json *.zip);;Spreadsheets (*.csv *.tsv *.txt);;LinkedIn&apos;s data export (*.zip *.csv)</source>
        <translation>Ansökningar (*.json *.csv *.tsv *.txt *.zip);;Datafiler och exporter (*.json *.zip);;Kalkylblad (*.csv *.tsv *.txt);;LinkedIns dataexport (*.zip *.csv)</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Kan inte importera</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Inget att importera</translation>
    </message>
    <message>
        <source>Every application in that file is already here, unchanged.</source>
        <translation>Alla ansökningar i den filen finns redan här, oförändrade.</translation>
    </message>
    <message>
        <source>Use your contact details?</source>
        <translation>Använda dina kontaktuppgifter?</translation>
    </message>
    <message>
        <source>LinkedIn&apos;s file has the contact details you gave when you applied. They are yours, not the employer&apos;s, so they were not saved as the employer&apos;s contact. Put them in your profile, for your mails&apos; signature?

%1</source>
        <translation>LinkedIns fil har de kontaktuppgifter du angav när du sökte. De är dina, inte arbetsgivarens, så de sparades inte som arbetsgivarens kontakt. Vill du lägga in dem i din profil, till signaturen i dina mejl?

%1</translation>
    </message>
    <message>
        <source>Import from %1</source>
        <translation>Import från %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n application(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n ansökan importerad. Ångra med Ctrl+Z.</numerusform>
            <numerusform>%n ansökningar importerade. Ångra med Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Kan inte återställa</translation>
    </message>
    <message>
        <source>Restored the backup. The file as it was is kept as a backup too.</source>
        <translation>Säkerhetskopian är återställd. Filen som den såg ut innan sparas också som säkerhetskopia.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Follow up – %1</source>
        <translation>Följ upp – %1</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hur:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonsamtal</translation>
    </message>
    <message>
        <source>%1 (recommended)</source>
        <translation>%1 (rekommenderas)</translation>
    </message>
    <message>
        <source>Compare email and phone</source>
        <translation>Jämför e-post och telefon</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meddelande:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Follow-up of the application</source>
        <translation>Uppföljning av ansökan</translation>
    </message>
    <message>
        <source>Follow-up after the interview</source>
        <translation>Uppföljning efter intervjun</translation>
    </message>
    <message>
        <source>Thank-you after the interview</source>
        <translation>Tack efter intervjun</translation>
    </message>
    <message>
        <source>About another offer</source>
        <translation>Om ett annat erbjudande</translation>
    </message>
    <message>
        <source>The ad asks you not to call</source>
        <translation>Annonsen ber dig att inte ringa</translation>
    </message>
    <message>
        <source>The ad asks applicants not to call. A call anyway can count against you; the guide says to respect what the ad asks and to send an email instead. Open the call script anyway?</source>
        <translation>Annonsen ber sökande att inte ringa. Om du ringer ändå kan det tala emot dig. Enligt guiden ska du göra som annonsen säger och mejla i stället. Vill du öppna samtalsmanuset ändå?</translation>
    </message>
    <message>
        <source>No channel is recommended right now; email is the safe choice.</source>
        <translation>Appen rekommenderar ingen kanal just nu. E-post är det säkra valet.</translation>
    </message>
    <message>
        <source>Recommended: %1.</source>
        <translation>Rekommenderas: %1.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Jämför…</translation>
    </message>
    <message>
        <source>You chose %1 instead of the recommended %2. What that means:</source>
        <translation>Du valde %1, men %2 rekommenderas. Det innebär:</translation>
    </message>
    <message>
        <source>Close and lose your mail?</source>
        <translation>Vill du stänga utan att spara mejlet?</translation>
    </message>
    <message>
        <source>You have changed the mail. It is not kept when you close. Close anyway?</source>
        <translation>Du har ändrat mejlet. Det sparas inte när du stänger. Vill du stänga ändå?</translation>
    </message>
    <message>
        <source>Close without logging the call?</source>
        <translation>Vill du stänga utan att logga samtalet?</translation>
    </message>
    <message>
        <source>Your notes from the call are kept only when you log it. Close and lose them?</source>
        <translation>Dina anteckningar från samtalet sparas bara när du loggar samtalet. Vill du stänga ändå? Då försvinner anteckningarna.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Så använder du appen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>The guide behind the advice</source>
        <translation>Guiden bakom råden</translation>
    </message>
    <message>
        <source>1. Add each job you apply for with New application (Ctrl+N). Paste the ad: its deadline, its own timeline, whether it asks you not to call and who to contact are read from it. Check them and save.

2. The list shows what to do, the most urgent first. Select a job to see, on the right, what to do next, from when to when, by email or phone, and why.

3. When it is time, press Follow up (Ctrl+Return). You get a mail to check against the checklist, or the four steps of a short call. Nothing is sent from the app: your own email program sends it.

4. Log what happens: contacts (Ctrl+L), interviews (Ctrl+I), another offer, a new stage. The advice follows. When the employer answers, copy their mail and paste it with Paste a reply (Ctrl+Shift+V): the app reads dates and interviews from it and shows what it will change.

Saved ads: found a job you have not applied for yet? Use Save ad (Ctrl+Shift+N) and the list reminds you of its last day.

Activity report (Ctrl+3): the jobs you applied for and what you did, month by month, ready to copy into Arbetsförmedlingen&apos;s form; mark the month reported when you have sent it.

Overview (Ctrl+2): how many you applied for, how many got an answer and how many you followed up; click a bar to list those applications.

Import (File → Import): bring in applications from a spreadsheet (CSV), LinkedIn or another copy of the app; you see each row before anything is added.

Every change is saved within a second and can be undone with Ctrl+Z. Your data stays on this computer.</source>
        <translation>1. Lägg till varje jobb du söker med Ny ansökan (Ctrl+N). Klistra in annonsen. Appen läser ut sista ansökningsdag, annonsens egen tidsplan, om de ber dig att inte ringa och vem du kan kontakta. Kontrollera uppgifterna och spara.

2. Listan visar vad du ska göra, det mest brådskande först. Välj ett jobb. Till höger ser du vad du ska göra härnäst, mellan vilka datum, om du ska mejla eller ringa, och varför.

3. När det är dags trycker du på Följ upp (Ctrl+Retur). Du får ett mejl som du kan pröva mot checklistan, eller de fyra stegen i ett kort samtal. Appen skickar ingenting. Det gör ditt eget e-postprogram.

4. Logga det som händer: kontakter (Ctrl+L), intervjuer (Ctrl+I), ett annat erbjudande eller en ny status. Då anpassar appen sina råd. När arbetsgivaren svarar kopierar du mejlet och klistrar in det med Klistra in svar (Ctrl+Skift+V). Appen läser ut datum och intervjuer och visar vad den kommer att ändra.

Sparade annonser: har du hittat ett jobb som du inte har sökt än? Välj Spara annons (Ctrl+Skift+N), så påminner listan dig om sista ansökningsdag.

Aktivitetsrapport (Ctrl+3): jobben du har sökt och det du har gjort, månad för månad, klart att kopiera till Arbetsförmedlingens formulär. Markera månaden som rapporterad när du har skickat den.

Översikt (Ctrl+2): hur många jobb du har sökt, hur många som har svarat och hur många du har följt upp. Klicka på en stapel för att visa de ansökningarna i listan.

Importera (Arkiv → Importera): hämta ansökningar från ett kalkylark (CSV), från LinkedIn eller från en annan kopia av appen. Du ser varje rad innan något läggs till.

Varje ändring sparas inom en sekund, och du kan ångra den med Ctrl+Z. Dina uppgifter stannar på den här datorn.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Töm sökningen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>The advice follows a Swedish career guide, “%1”. In short, in our words:

• Wait one to two weeks after the last day to apply before you get in touch, unless the ad gives its own timeline: then respect it.
• Email is nearly always the safe choice; a call can suit a small company and a social role, or when you have another offer.
• One short, friendly, specific follow-up is enough. Never ask about salary or your chances.
• After an interview, thank them within a day, and follow up a day or two after the date they gave you.

Each reason in the panel names the part of the guide it comes from.</source>
        <translation>Råden bygger på en svensk karriärguide, ”%1”. Kort sagt, med våra ord:

• Vänta en till två veckor efter sista ansökningsdag innan du hör av dig. Om annonsen har en egen tidsplan, följ den.
• E-post är nästan alltid det säkra valet. Ett samtal kan passa hos en liten arbetsgivare, i ett jobb där du möter många människor, eller när du har ett annat erbjudande.
• En kort, vänlig och konkret uppföljning räcker. Fråga aldrig om lön eller om dina chanser.
• Efter en intervju tackar du inom ett dygn. Följ upp en eller två dagar efter det datum de gav dig.

Varje skäl i panelen säger vilken del av guiden det kommer från.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import applications</source>
        <translation>Importera ansökningar</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n ändrad</numerusform>
            <numerusform>%n ändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identical (left as they are)</source>
        <translation>
            <numerusform>%n likadan (lämnas som den är)</numerusform>
            <numerusform>%n likadana (lämnas som de är)</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation>Från %1: %2.</translation>
    </message>
    <message>
        <source>Ticked ones are imported. A changed one replaces yours with the same id; a backup is made first and Undo takes the whole import back.</source>
        <translation>De markerade ansökningarna importeras. En ändrad ansökan ersätter din version av samma ansökan. Appen gör först en säkerhetskopia, och Ångra tar tillbaka hela importen.</translation>
    </message>
    <message>
        <source>New: %1 – %2</source>
        <translation>Ny: %1 – %2</translation>
    </message>
    <message>
        <source>Changed: %1 – %2</source>
        <translation>Ändrad: %1 – %2</translation>
    </message>
    <message>
        <source>Deleted in the other copy: %1 – %2</source>
        <translation>Borttagen i den andra kopian: %1 – %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import applications</source>
        <translation>Importera ansökningar</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>%1 is LinkedIn&apos;s list of your job applications. Its columns are known; change a field if you want it elsewhere.</source>
        <translation>%1 är LinkedIns lista över dina jobbansökningar. Appen känner till kolumnerna. Ändra ett fält om du vill ha uppgiften någon annanstans.</translation>
    </message>
    <message>
        <source>Which column of %1 is what? The fields are guessed from the column headers; change any that is wrong. Columns set to “(not used)” are left out.</source>
        <translation>Vilken kolumn i %1 är vad? Appen har gissat utifrån kolumnrubrikerna. Ändra det som är fel. Kolumner med ”(används inte)” tas inte med.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Blir</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(ingen rubrik)</translation>
    </message>
    <message>
        <source>Choose a column for the job title and one for the employer.</source>
        <translation>Välj en kolumn för tjänsten och en för arbetsgivaren.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) make applications.</source>
        <translation>
            <numerusform>%n rad blir en ansökan.</numerusform>
            <numerusform>%n rader blir ansökningar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems (shown in the next step).</source>
        <translation>
            <numerusform>%n rad har problem (visas i nästa steg).</numerusform>
            <numerusform>%n rader har problem (visas i nästa steg).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked ones are imported. A changed one replaces yours; one already here unchanged is left as it is. A backup is made first and Undo takes the whole import back.</source>
        <translation>De markerade ansökningarna importeras. En ändrad ansökan ersätter din. En ansökan som redan finns och inte har ändrats lämnas som den är. Appen gör först en säkerhetskopia, och Ångra tar tillbaka hela importen.</translation>
    </message>
    <message>
        <source>Rows that could not be read as they are:</source>
        <translation>Rader som inte gick att läsa som de är:</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>inte sökt</translation>
    </message>
    <message>
        <source>maybe already here as %1 – %2</source>
        <translation>finns kanske redan som %1 – %2</translation>
    </message>
    <message>
        <source>From %1: %2 new, %3 changed, %4 already here unchanged.</source>
        <translation>Från %1: %2 nya, %3 ändrade, %4 finns redan oförändrade.</translation>
    </message>
    <message>
        <source>New: %1 – %2 (%3)</source>
        <translation>Ny: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Changed: %1 – %2 (%3)</source>
        <translation>Ändrad: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Already here: %1 – %2 (%3)</source>
        <translation>Finns redan: %1 – %2 (%3)</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>When is (or was) the interview? If they said when you will hear from them, enter that too: the follow-up waits for it.</source>
        <translation>När är intervjun, eller när var den? Om de sa när du får besked, fyll i det också. Då väntar appen till dess med uppföljningen.</translation>
    </message>
    <message>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>they promised a reply by</source>
        <translation>de lovade besked senast</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Besked:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Applications</source>
        <translation>Ansökningar</translation>
    </message>
    <message>
        <source>The file was changed by another program and has been reloaded.</source>
        <translation>Filen ändrades av ett annat program och har lästs in på nytt.</translation>
    </message>
    <message>
        <source>Example data</source>
        <translation>Exempeldata</translation>
    </message>
    <message>
        <source>My applications</source>
        <translation>Mina ansökningar</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[skrivskyddad]</translation>
    </message>
    <message>
        <source>the file was changed by another program, and you have not chosen which version to keep.</source>
        <translation>filen har ändrats av ett annat program, och du har inte valt vilken version som ska behållas.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved:
%1

followup-gui keeps trying while it runs in the tray. Hide the window anyway?</source>
        <translation>Dina senaste ändringar kunde inte sparas:
%1

followup-gui fortsätter att försöka medan det körs i systemfältet. Vill du dölja fönstret ändå?</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Ändringarna är inte sparade</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved:
%1

Quit anyway and lose them?</source>
        <translation>Dina senaste ändringar kunde inte sparas:
%1

Vill du avsluta ändå? Då försvinner ändringarna.</translation>
    </message>
</context>
<context>
    <name>MissingStore</name>
    <message>
        <source>The folder where you keep your applications cannot be found:</source>
        <translation>Mappen där du sparar dina ansökningar finns inte:</translation>
    </message>
    <message>
        <source>It may be on a USB stick or network drive that is not connected, or in a Dropbox, OneDrive or Nextcloud folder whose app has not started yet. Connect it or start the app, then choose Try again.</source>
        <translation>Den kanske ligger på ett USB-minne eller en nätverksenhet som inte är ansluten, eller i en mapp för Dropbox, OneDrive eller Nextcloud vars app inte har startat än. Anslut den eller starta appen och välj sedan Försök igen.</translation>
    </message>
    <message>
        <source>Your applications file is not in its folder:</source>
        <translation>Filen med dina ansökningar finns inte i sin mapp:</translation>
    </message>
    <message>
        <source>The sync app may not have brought it back yet, or it was moved or removed, perhaps on another computer. If you removed it on purpose, click Choose another folder, pick this folder and start a new list there.</source>
        <translation>Synkappen har kanske inte hämtat den än, eller så har den flyttats eller tagits bort, kanske på en annan dator. Om du tog bort den med avsikt: klicka på Välj en annan mapp, välj den här mappen och börja en ny lista där.</translation>
    </message>
    <message>
        <source>followup-gui does not start with an empty list in its place, so that nothing is written beside your real applications. If you use this computer&apos;s own folder, the folder above is forgotten but left as it is: when it is back, Settings → Where your applications are kept → Move… into it lets you merge the two.</source>
        <translation>followup-gui startar inte med en tom lista i stället, så att inget sparas bredvid dina riktiga ansökningar. Om du använder datorns egen mapp glömmer appen mappen ovan, men lämnar den som den är: när den är tillbaka kan du slå ihop de två med Inställningar → Var sparas dina ansökningar → Flytta… till den mappen.</translation>
    </message>
    <message>
        <source>Checked again at %1: still not there.</source>
        <translation>Kontrollerade igen kl. %1: finns fortfarande inte.</translation>
    </message>
    <message>
        <source>Your applications cannot be found</source>
        <translation>Dina ansökningar hittas inte</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>&amp;Choose another folder…</source>
        <translation>&amp;Välj en annan mapp…</translation>
    </message>
    <message>
        <source>&amp;Use this computer&apos;s own folder from now on</source>
        <translation>Använd &amp;datorns egen mapp från och med nu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Open the list in followup-gui&apos;s own folder on this computer, and forget %1</source>
        <translation>Öppna listan i followup-guis egen mapp på den här datorn och glöm %1</translation>
    </message>
    <message>
        <source>followup-gui could not note the new place for its next start; it opens %1 this time.</source>
        <translation>followup-gui kunde inte komma ihåg den nya platsen till nästa start; den här gången öppnas %1.</translation>
    </message>
    <message>
        <source>Where are your applications kept?</source>
        <translation>I vilken mapp finns dina ansökningar?</translation>
    </message>
    <message>
        <source>Start a new list?</source>
        <translation>Börja en ny lista</translation>
    </message>
    <message>
        <source>There is no applications file in %1. Do you want to start a new, empty list there?</source>
        <translation>Det finns ingen fil med ansökningar i %1. Vill du börja en ny, tom lista där?</translation>
    </message>
    <message>
        <source>The new list could not be started in %1.</source>
        <translation>Det gick inte att börja en ny lista i %1.</translation>
    </message>
</context>
<context>
    <name>OtherOfferDialog</name>
    <message>
        <source>Another offer</source>
        <translation>Annat erbjudande</translation>
    </message>
    <message>
        <source>A concrete offer from another employer that you must answer by a date is the one good reason to get in touch early.</source>
        <translation>Ett konkret erbjudande från en annan arbetsgivare, som du måste svara på senast ett visst datum, är det enda goda skälet att höra av sig tidigare.</translation>
    </message>
    <message>
        <source>Offer received:</source>
        <translation>Erbjudandet kom:</translation>
    </message>
    <message>
        <source>Must answer by:</source>
        <translation>Svara senast:</translation>
    </message>
    <message>
        <source>The answer date cannot be before the day you got the offer.</source>
        <translation>Svarsdatumet kan inte ligga före dagen du fick erbjudandet.</translation>
    </message>
</context>
<context>
    <name>OverviewHost</name>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Legend</source>
        <translation>Förklaring</translation>
    </message>
    <message>
        <source>Open the activity report…</source>
        <translation>Öppna aktivitetsrapporten…</translation>
    </message>
    <message>
        <source>Overview – %1</source>
        <translation>Översikt – %1</translation>
    </message>
    <message>
        <source>Working out the follow-ups…</source>
        <translation>Räknar ut uppföljningarna…</translation>
    </message>
    <message>
        <source>Week %1 (from %2): %3 sent</source>
        <translation>Vecka %1 (från %2): %3 skickade</translation>
    </message>
    <message>
        <source>Sent in week %1</source>
        <translation>Skickade vecka %1</translation>
    </message>
    <message>
        <source>Target %1 a month ≈ %2 a week</source>
        <translation>Mål %1 per månad ≈ %2 per vecka</translation>
    </message>
    <message>
        <source>%1 · %2 of the step before</source>
        <translation>%1 · %2 av steget före</translation>
    </message>
    <message>
        <source>Funnel: %1</source>
        <translation>Från annons till erbjudande: %1</translation>
    </message>
    <message>
        <source>median %1 days</source>
        <translation>median %1 dagar</translation>
    </message>
    <message>
        <source>%1 · %2 followed by an answer</source>
        <translation>%1 · %2 fick svar</translation>
    </message>
    <message>
        <source>Follow-ups: %1</source>
        <translation>Uppföljningar: %1</translation>
    </message>
    <message>
        <source>Followed by an answer, all together: %1</source>
        <translation>Följdes av svar, allt som allt: %1</translation>
    </message>
    <message>
        <source>%1 sent (no monthly target in the profile)</source>
        <translation>%1 skickade (inget mål per månad i profilen)</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1 av %2 skickade</translation>
    </message>
    <message>
        <source>Sent in %1</source>
        <translation>Skickade i %1</translation>
    </message>
    <message>
        <source>The report is marked as sent.</source>
        <translation>Rapporten är markerad som skickad.</translation>
    </message>
    <message>
        <source>The month is in progress: applications are still being counted. The report is sent once the month is over.</source>
        <translation>Månaden pågår: ansökningarna räknas fortfarande. Rapporten skickar du när månaden är slut.</translation>
    </message>
    <message>
        <source>The report is not marked as sent yet.</source>
        <translation>Rapporten är inte markerad som skickad än.</translation>
    </message>
</context>
<context>
    <name>PhoneScriptPages</name>
    <message>
        <source>What they say: their timeline, the next step, names…</source>
        <translation>Vad de säger: tidsplan, nästa steg, namn…</translation>
    </message>
    <message>
        <source>Notes during the call</source>
        <translation>Anteckningar under samtalet</translation>
    </message>
    <message>
        <source>Saved with the call when you log it.</source>
        <translation>Sparas med samtalet när du loggar det.</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Tillbaka</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Nästa ›</translation>
    </message>
    <message>
        <source>Before you call</source>
        <translation>Innan du ringer</translation>
    </message>
    <message>
        <source>Call %1 on %2.</source>
        <translation>Ring %1 på %2.</translation>
    </message>
    <message>
        <source>No phone number is saved – look for one in the ad.</source>
        <translation>Inget telefonnummer är sparat – leta efter ett i annonsen.</translation>
    </message>
    <message>
        <source>Show the ad</source>
        <translation>Visa annonsen</translation>
    </message>
    <message>
        <source>No ad text is saved for this application.</source>
        <translation>Ingen annonstext är sparad för den här ansökan.</translation>
    </message>
    <message>
        <source>One skill of yours to mention</source>
        <translation>En av dina kompetenser att nämna</translation>
    </message>
    <message>
        <source>e.g. B2B sales, customer meetings, Excel – ideally one the ad asks for</source>
        <translation>t.ex. B2B-försäljning, kundmöten, Excel – helst en som annonsen efterfrågar</translation>
    </message>
    <message>
        <source>Pick the one question you will ask:</source>
        <translation>Välj den enda fråga du ska ställa:</translation>
    </message>
    <message>
        <source>Never ask</source>
        <translation>Fråga aldrig</translation>
    </message>
    <message>
        <source>After the call</source>
        <translation>Efter samtalet</translation>
    </message>
    <message>
        <source>Did you reach them?</source>
        <translation>Fick du tag på dem?</translation>
    </message>
    <message>
        <source>Yes – we talked</source>
        <translation>Ja – vi pratade</translation>
    </message>
    <message>
        <source>No – nobody answered, or we agreed that I call another time</source>
        <translation>Nej – ingen svarade, eller så kom vi överens om att jag ringer en annan gång</translation>
    </message>
    <message>
        <source>What did you learn?</source>
        <translation>Vad fick du veta?</translation>
    </message>
    <message>
        <source>They gave a timeline: they reply by</source>
        <translation>De gav en tidsplan: besked senast</translation>
    </message>
    <message>
        <source>Saved as the reply date the recruitment goes by, so the follow-up is planned from it.</source>
        <translation>Appen sparar datumet och planerar uppföljningen utifrån det.</translation>
    </message>
    <message>
        <source>They promised a reply by</source>
        <translation>De lovade besked senast</translation>
    </message>
    <message>
        <source>Saved as the reply date promised after the interview, so the next follow-up waits for it.</source>
        <translation>Appen sparar datumet de lovade efter intervjun. Nästa uppföljning väntar till dess.</translation>
    </message>
    <message>
        <source>Log the call</source>
        <translation>Logga samtalet</translation>
    </message>
    <message>
        <source>Nothing is logged, so the advice still says to follow up. Try again another time – or write an email instead.</source>
        <translation>Inget loggas, så rådet är fortfarande att följa upp. Försök igen en annan gång – eller skriv ett mejl i stället.</translation>
    </message>
    <message>
        <source>Write an email instead</source>
        <translation>Skriv ett mejl i stället</translation>
    </message>
    <message>
        <source>Before the call</source>
        <translation>Före samtalet</translation>
    </message>
    <message>
        <source>Start the call ›</source>
        <translation>Börja samtalet ›</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Steg %1 av %2</translation>
    </message>
    <message>
        <source>The call is over ›</source>
        <translation>Samtalet är slut ›</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Your profile</source>
        <translation>Din profil</translation>
    </message>
    <message>
        <source>Your name and how to reach you. They sign your mails and fill in the phone script; they never leave this computer.</source>
        <translation>Ditt namn och hur man når dig. Uppgifterna står i dina mejl och i samtalsmanuset. De lämnar aldrig den här datorn.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>LinkedIn (optional):</source>
        <translation>LinkedIn (valfritt):</translation>
    </message>
</context>
<context>
    <name>RemindersTray</name>
    <message numerus="yes">
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n påminnelse</numerusform>
            <numerusform>%n påminnelser</numerusform>
        </translation>
    </message>
    <message>
        <source>followup-gui – nothing to do now</source>
        <translation>followup-gui – inget att göra just nu</translation>
    </message>
    <message numerus="yes">
        <source>followup-gui – %n thing(s) to do</source>
        <translation>
            <numerusform>followup-gui – %n att göra</numerusform>
            <numerusform>followup-gui – %n att göra</numerusform>
        </translation>
    </message>
    <message>
        <source>Show followup-gui</source>
        <translation>Visa followup-gui</translation>
    </message>
    <message>
        <source>Nothing to be reminded of now</source>
        <translation>Inget att påminna om just nu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Remind me in 1 hour</source>
        <translation>Påminn om 1 timme</translation>
    </message>
    <message>
        <source>Remind me tomorrow at %1</source>
        <translation>Påminn i morgon kl. %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the window</source>
        <translation>
            <numerusform>…och %n till i fönstret</numerusform>
            <numerusform>…och %n till i fönstret</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>Replies</name>
    <message>
        <source>Got a reply</source>
        <translation>Svar från arbetsgivaren</translation>
    </message>
    <message>
        <source>Paste the mail instead…</source>
        <translation>Klistra in mejlet i stället…</translation>
    </message>
    <message>
        <source>What did they answer? The stage can say so too.</source>
        <translation>Vad svarade de? Du kan ändra status samtidigt.</translation>
    </message>
    <message>
        <source>An interview</source>
        <translation>En intervju</translation>
    </message>
    <message>
        <source>A no</source>
        <translation>Ett nej</translation>
    </message>
    <message>
        <source>An offer</source>
        <translation>Ett erbjudande</translation>
    </message>
    <message>
        <source>Keep the stage (%1)</source>
        <translation>Behåll status (%1)</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply from the employer</source>
        <translation>Svar från arbetsgivaren</translation>
    </message>
    <message>
        <source>&amp;Update the application</source>
        <translation>&amp;Uppdatera ansökan</translation>
    </message>
    <message>
        <source>Application the reply belongs to</source>
        <translation>Ansökan som svaret gäller</translation>
    </message>
    <message>
        <source>Create a new application from the mail</source>
        <translation>Skapa ny ansökan från mejlet</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Ansökan:</translation>
    </message>
    <message>
        <source>What kind of answer it is</source>
        <translation>Vad för slags svar det är</translation>
    </message>
    <message>
        <source>&amp;The answer is:</source>
        <translation>&amp;Svaret är:</translation>
    </message>
    <message>
        <source>The mail (what was read is marked)</source>
        <translation>Mejlet (det som lästes är markerat)</translation>
    </message>
    <message>
        <source>The mail&apos;s text</source>
        <translation>Mejlets text</translation>
    </message>
    <message>
        <source>Grey text (a forward&apos;s header, your own quoted mail) was not read.</source>
        <translation>Grå text (huvudet på ett vidarebefordrat mejl, ditt eget citerade mejl) lästes inte.</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Det här ändras</translation>
    </message>
    <message>
        <source>The day the mail came</source>
        <translation>Dagen då mejlet kom</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Mottaget:</translation>
    </message>
    <message>
        <source>Note for the logged reply</source>
        <translation>Anteckning till svaret som loggas</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>Change the stage</source>
        <translation>Ändra status</translation>
    </message>
    <message>
        <source>&amp;Keep the mail with the application (as a reply)</source>
        <translation>&amp;Spara mejlet hos ansökan (som svar)</translation>
    </message>
    <message>
        <source>The example data has no folder for files.</source>
        <translation>Exempeldatan har ingen mapp för filer.</translation>
    </message>
    <message>
        <source>The interview</source>
        <translation>Intervjun</translation>
    </message>
    <message>
        <source>They offer these times; pick one:</source>
        <translation>De erbjuder de här tiderna – välj en:</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Intervjudatum</translation>
    </message>
    <message>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <source>The interview has a time</source>
        <translation>Intervjun har en tid</translation>
    </message>
    <message>
        <source>Interview time</source>
        <translation>Intervjutid</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Interview place or link</source>
        <translation>Intervjuns plats eller länk</translation>
    </message>
    <message>
        <source>Address or meeting link (kept in the note)</source>
        <translation>Adress eller möteslänk (sparas i anteckningen)</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Deras besked</translation>
    </message>
    <message>
        <source>They answer by</source>
        <translation>Besked senast</translation>
    </message>
    <message>
        <source>They answer &amp;by:</source>
        <translation>&amp;Besked senast:</translation>
    </message>
    <message>
        <source>Your to-do</source>
        <translation>Att göra för dig</translation>
    </message>
    <message>
        <source>What they ask you for</source>
        <translation>Vad de ber dig om</translation>
    </message>
    <message>
        <source>They ask for:</source>
        <translation>De ber om:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>senast</translation>
    </message>
    <message>
        <source>They want it by a date</source>
        <translation>De vill ha det senast ett visst datum</translation>
    </message>
    <message>
        <source>The date they want it by</source>
        <translation>Datumet de vill ha det senast</translation>
    </message>
    <message>
        <source>The new application</source>
        <translation>Den nya ansökan</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Arbetsgivare</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Ansökt den</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Tjänst:</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Arbetsgivare:</translation>
    </message>
    <message>
        <source>Applied &amp;on:</source>
        <translation>Ansökt &amp;den:</translation>
    </message>
    <message>
        <source>A receipt (they got your application)</source>
        <translation>En mottagningsbekräftelse (de har fått din ansökan)</translation>
    </message>
    <message>
        <source>A promise of an answer by a date</source>
        <translation>Ett löfte om besked till ett visst datum</translation>
    </message>
    <message>
        <source>An invitation to an interview</source>
        <translation>En inbjudan till intervju</translation>
    </message>
    <message>
        <source>A request (they want something from you)</source>
        <translation>En begäran (de vill ha något av dig)</translation>
    </message>
    <message>
        <source>A no</source>
        <translation>Ett nej</translation>
    </message>
    <message>
        <source>An offer of the job</source>
        <translation>Ett erbjudande om jobbet</translation>
    </message>
    <message>
        <source>The recruitment was stopped</source>
        <translation>Rekryteringen avbröts</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Något annat</translation>
    </message>
    <message>
        <source>references</source>
        <translation>referenser</translation>
    </message>
    <message>
        <source>a test</source>
        <translation>ett test</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>times you can meet</source>
        <translation>tider då du kan träffas</translation>
    </message>
    <message>
        <source>Receipt of the application</source>
        <translation>Mottagningsbekräftelse</translation>
    </message>
    <message>
        <source>The recruitment ended</source>
        <translation>Rekryteringen avslutades</translation>
    </message>
    <message>
        <source>place: %1</source>
        <translation>plats: %1</translation>
    </message>
    <message>
        <source>to do: %1</source>
        <translation>att göra: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>No application fits the mail: pick one, or create a new one.</source>
        <translation>Ingen ansökan passar mejlet: välj en, eller skapa en ny.</translation>
    </message>
    <message>
        <source>Chosen because %1.</source>
        <translation>Vald eftersom %1.</translation>
    </message>
    <message>
        <source>Others fit as well: check that it is the right one.</source>
        <translation>Andra passar lika bra: kontrollera att det är rätt ansökan.</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>Vald av dig.</translation>
    </message>
    <message>
        <source>Set the stage to %1 (now: %2)</source>
        <translation>Sätt status till %1 (nu: %2)</translation>
    </message>
    <message>
        <source>Becomes the date the ad gave for an answer: the follow-up waits for it.</source>
        <translation>Blir datumet då annonsen lovar besked: uppföljningen väntar på det.</translation>
    </message>
    <message>
        <source>Becomes the answer promised after the interview on %1.</source>
        <translation>Blir beskedet som lovades efter intervjun %1.</translation>
    </message>
    <message>
        <source>Adds the application “%1” at %2.</source>
        <translation>Lägger till ansökan ”%1” hos %2.</translation>
    </message>
    <message>
        <source>Enter the job title and the employer of the new application.</source>
        <translation>Skriv in den nya ansökans tjänst och arbetsgivare.</translation>
    </message>
    <message>
        <source>Logs a contact on %1: “%2”.</source>
        <translation>Loggar en kontakt %1: ”%2”.</translation>
    </message>
    <message>
        <source>Logs a reply from the employer on %1: “%2”.</source>
        <translation>Loggar ett svar från arbetsgivaren %1: ”%2”.</translation>
    </message>
    <message>
        <source>Sets the stage to %1.</source>
        <translation>Sätter status till %1.</translation>
    </message>
    <message>
        <source>Adds the interview %1.</source>
        <translation>Lägger till intervjun %1.</translation>
    </message>
    <message>
        <source>They answer by %1: the advice waits for it.</source>
        <translation>Besked senast %1: rådet väntar på det.</translation>
    </message>
    <message>
        <source>Your to-do: send %1.</source>
        <translation>Att göra för dig: skicka %1.</translation>
    </message>
    <message>
        <source>Keeps the mail with the application, as a reply.</source>
        <translation>Sparar mejlet hos ansökan, som svar.</translation>
    </message>
</context>
<context>
    <name>ReplyMail</name>
    <message>
        <source>Open a mail</source>
        <translation>Öppna ett mejl</translation>
    </message>
    <message>
        <source>Mails (*.eml *.txt *.html *.htm);;All files (*)</source>
        <translation>Mejl (*.eml *.txt *.html *.htm);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Cannot read the mail</source>
        <translation>Mejlet kan inte läsas</translation>
    </message>
    <message>
        <source>Open a mail file…</source>
        <translation>Öppna en mejlfil…</translation>
    </message>
    <message>
        <source>The application is gone</source>
        <translation>Ansökan finns inte längre</translation>
    </message>
    <message>
        <source>The application was removed while the mail was open (by another program, or an undo). Nothing was changed: paste the mail again.</source>
        <translation>Ansökan togs bort medan mejlet var öppet (av ett annat program, eller med Ångra). Inget ändrades: klistra in mejlet igen.</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>Svar %1</translation>
    </message>
    <message>
        <source>The mail could not be kept</source>
        <translation>Mejlet kunde inte sparas</translation>
    </message>
    <message>
        <source>The application is updated, but the mail was not kept with it: %1</source>
        <translation>Ansökan är uppdaterad, men mejlet kunde inte sparas hos den: %1</translation>
    </message>
    <message>
        <source>Reply from the employer (%1)</source>
        <translation>Svar från arbetsgivaren (%1)</translation>
    </message>
    <message>
        <source>Updated “%1” from the mail. Undo with Ctrl+Z.</source>
        <translation>Uppdaterade ”%1” från mejlet. Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>← Applications</source>
        <translation>← Ansökningar</translation>
    </message>
    <message>
        <source>Back to the list of applications (Ctrl+1)</source>
        <translation>Tillbaka till listan över ansökningar (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Månad:</translation>
    </message>
    <message>
        <source>The selected row, field by field for the agency&apos;s form:</source>
        <translation>Den valda raden, fält för fält till Arbetsförmedlingens formulär:</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Kopiera %1</translation>
    </message>
    <message>
        <source>&amp;Add activity…</source>
        <translation>&amp;Lägg till aktivitet…</translation>
    </message>
    <message>
        <source>Ed&amp;it activity…</source>
        <translation>Än&amp;dra aktivitet…</translation>
    </message>
    <message>
        <source>&amp;Remove activity</source>
        <translation>&amp;Ta bort aktivitet</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Copy a&amp;ll</source>
        <translation>&amp;Kopiera allt</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Activity report for %1</source>
        <translation>Aktivitetsrapport för %1</translation>
    </message>
    <message>
        <source>Nothing recorded for %1 yet.</source>
        <translation>Inga aktiviteter i %1 än.</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>Kopiera raden</translation>
    </message>
    <message>
        <source>This month&apos;s activities</source>
        <translation>Månadens aktiviteter</translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected row.</source>
        <translation>Ctrl+C kopierar den markerade raden.</translation>
    </message>
    <message>
        <source>Copy the row&apos;s fields, separated by tabs</source>
        <translation>Kopiera radens fält, så att de hamnar i varsin cell i ett kalkylark</translation>
    </message>
    <message>
        <source>Mark as not reported</source>
        <translation>Markera som inte rapporterad</translation>
    </message>
    <message>
        <source>Mark as reported</source>
        <translation>Markera som rapporterad</translation>
    </message>
    <message>
        <source>Save the activity report</source>
        <translation>Spara aktivitetsrapporten</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Kalkylblad (*.csv)</translation>
    </message>
    <message>
        <source>Save the activity report as PDF</source>
        <translation>Spara aktivitetsrapporten som PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <source>the file could not be made</source>
        <translation>filen kunde inte skapas</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportPlace</name>
    <message>
        <source>Activity report</source>
        <translation>Aktivitetsrapport</translation>
    </message>
</context>
<context>
    <name>SavedAds</name>
    <message>
        <source>Mark as applied</source>
        <translation>Markera som sökt</translation>
    </message>
    <message>
        <source>“%1” is now an application sent %2. Undo with Ctrl+Z.</source>
        <translation>”%1” är nu en ansökan skickad %2. Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>SavedNote</name>
    <message>
        <source>Saved in %1.</source>
        <translation>Sparad i %1.</translation>
    </message>
</context>
<context>
    <name>SeekingFields</name>
    <message>
        <source>e.g. Umeå</source>
        <translation>t.ex. Umeå</translation>
    </message>
    <message>
        <source>As Arbetsförmedlingen&apos;s activity report asks for it</source>
        <translation>Så som Arbetsförmedlingen vill ha det i aktivitetsrapporten</translation>
    </message>
    <message>
        <source>Town:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Found via:</source>
        <translation>Hittade jobbet via:</translation>
    </message>
    <message>
        <source>Sought:</source>
        <translation>Typ av ansökan:</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Platsbanken</source>
        <translation>Platsbanken</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>The employer&apos;s website</source>
        <translation>Arbetsgivarens webbplats</translation>
    </message>
    <message>
        <source>A recruiter or staffing agency</source>
        <translation>Rekryterare eller bemanningsföretag</translation>
    </message>
    <message>
        <source>Someone I know</source>
        <translation>Någon jag känner</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Någon annanstans</translation>
    </message>
    <message>
        <source>Via an ad</source>
        <translation>Annonserat jobb</translation>
    </message>
    <message>
        <source>Unsolicited application</source>
        <translation>Spontanansökan</translation>
    </message>
    <message>
        <source>Assigned by Arbetsförmedlingen</source>
        <translation>Anvisat av Arbetsförmedlingen</translation>
    </message>
</context>
<context>
    <name>SentBar</name>
    <message>
        <source>Have you sent the mail from your email program?</source>
        <translation>Har du skickat mejlet från ditt e-postprogram?</translation>
    </message>
    <message>
        <source>Yes, log it</source>
        <translation>Ja, logga det</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Inte skickat</translation>
    </message>
</context>
<context>
    <name>SentCheck</name>
    <message>
        <source>Did you send the mail?</source>
        <translation>Skickade du mejlet?</translation>
    </message>
    <message>
        <source>Answer Yes once you have sent the mail: the follow-up is then logged. Answer No if you have not sent it – nothing is logged.</source>
        <translation>Svara Ja när du har skickat mejlet: då loggas uppföljningen. Svara Nej om du inte har skickat det – då loggas ingenting.</translation>
    </message>
</context>
<context>
    <name>SessionEnd</name>
    <message>
        <source>Changes not saved</source>
        <translation>Ändringarna är inte sparade</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved:
%1

%2

Log out anyway?</source>
        <translation>Dina senaste ändringar kunde inte sparas:
%1

%2

Vill du logga ut ändå?</translation>
    </message>
    <message>
        <source>the file was changed elsewhere.</source>
        <translation>filen har ändrats någon annanstans.</translation>
    </message>
    <message>
        <source>They could not be kept anywhere else either.</source>
        <translation>De kunde inte heller sparas någon annanstans.</translation>
    </message>
    <message>
        <source>They are kept in %1.</source>
        <translation>De finns kvar i %1.</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Changes another program made to the file were taken in beside yours.</source>
        <translation>Ett annat program har ändrat filen. Appen har lagt in de ändringarna, och dina ändringar finns kvar.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) that the file no longer had were kept; delete them again if that was meant.</source>
        <translation>
            <numerusform>%n ansökan fanns inte längre i filen, men appen har behållit den. Ta bort den igen om det var meningen.</numerusform>
            <numerusform>%n ansökningar fanns inte längre i filen, men appen har behållit dem. Ta bort dem igen om det var meningen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file was changed by another program. Your changes are kept and saving is paused until you choose which version to keep.</source>
        <translation>Filen har ändrats av ett annat program. Dina ändringar finns kvar, och sparandet är pausat tills du väljer vilken version som ska behållas.</translation>
    </message>
    <message>
        <source>You are looking at example data with invented applications. Changes are not saved. Close it in the File menu.</source>
        <translation>Du tittar på exempeldata med påhittade ansökningar. Ändringar sparas inte. Stäng exempeldata i menyn Arkiv.</translation>
    </message>
    <message>
        <source>This file is open read-only: %1</source>
        <translation>Filen är öppen i skrivskyddat läge: %1</translation>
    </message>
    <message>
        <source>it was made by a newer version.</source>
        <translation>den skapades av en nyare version.</translation>
    </message>
    <message>
        <source>Your changes could not be saved: %1 – they are kept in memory and saving is retried.</source>
        <translation>Dina ändringar kunde inte sparas: %1 – de finns kvar i minnet och sparas på nytt så snart det går.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to do today – %n application(s)</source>
        <translation>
            <numerusform>Inget att göra i dag – %n ansökan</numerusform>
            <numerusform>Inget att göra i dag – %n ansökningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) to do today</source>
        <translation>
            <numerusform>%n uppföljning att göra i dag</numerusform>
            <numerusform>%n uppföljningar att göra i dag</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved (example data)</source>
        <translation>Sparas inte (exempeldata)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Not saved – changed elsewhere</source>
        <translation>Inte sparat – filen har ändrats utanför appen</translation>
    </message>
    <message>
        <source>Not saved – retrying</source>
        <translation>Inte sparat – försöker igen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alla ändringar sparade</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Samma som systemet (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>The new language is used the next time you start followup-gui.</source>
        <translation>Det nya språket används nästa gång du startar followup-gui.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>&amp;Utseende:</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <source>&amp;Remind me when a follow-up, a thank-you mail or an answer is due</source>
        <translation>&amp;Påminn mig när det är dags att följa upp, tacka eller svara på ett erbjudande</translation>
    </message>
    <message>
        <source>A notification and an icon in the system tray with the number of things to do.</source>
        <translation>En notis, och en ikon i systemfältet som visar hur många saker du har att göra.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders are shown in the window&apos;s status bar while followup-gui is open.</source>
        <translation>Skrivbordet har inget systemfält, så påminnelserna visas i fönstrets statusrad medan followup-gui är öppet.</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Fortsätt köra i systemfältet när fönstret stängs</translation>
    </message>
    <message>
        <source>&amp;Start at login, hidden in the tray</source>
        <translation>Starta &amp;vid inloggning, dold i systemfältet</translation>
    </message>
    <message>
        <source>Windows then starts followup-gui when you log in; it is listed under Settings → Apps → Startup.</source>
        <translation>Windows startar då followup-gui när du loggar in; det visas under Inställningar → Appar → Autostart.</translation>
    </message>
    <message>
        <source>Adds followup-gui to your desktop&apos;s autostart (%1).</source>
        <translation>Lägger till followup-gui i skrivbordets autostart (%1).</translation>
    </message>
    <message>
        <source>On macOS, add followup-gui under System Settings → General → Login Items.</source>
        <translation>I macOS: lägg till followup-gui under Systeminställningar → Allmänt → Inloggningsobjekt.</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>&amp;Fetch ads from Platsbanken when I paste a link or id</source>
        <translation>&amp;Hämta annonsen från Platsbanken när jag klistrar in en länk eller ett annonsnummer</translation>
    </message>
    <message>
        <source>Sends only the ad&apos;s id to JobTech&apos;s open JobSearch API (Arbetsförmedlingen). It is the app&apos;s only use of the internet.</source>
        <translation>Appen skickar bara annonsnumret till Arbetsförmedlingen. Det är den enda gången appen använder internet.</translation>
    </message>
    <message>
        <source>Cannot change start at login</source>
        <translation>Kan inte ändra start vid inloggning</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunde inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>SpellTextEdit</name>
    <message>
        <source>Select “%1” to fill it in</source>
        <translation>Markera ”%1” och skriv din egen text</translation>
    </message>
    <message>
        <source>Remove the repeated “%1”</source>
        <translation>Ta bort det upprepade ”%1”</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Inga förslag</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorera ”%1”</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The file cannot be opened</source>
        <translation>Filen kan inte öppnas</translation>
    </message>
    <message>
        <source>Your applications file has an error, so it is not opened for editing and nothing is written to it.</source>
        <translation>Din fil med ansökningar innehåller ett fel. Därför kan du inte ändra i den, och appen skriver ingenting till den.</translation>
    </message>
    <message>
        <source>You can go on from the newest good backup (%1). The file with the error is then kept, unchanged, beside it under a new name.</source>
        <translation>Du kan fortsätta från den senaste fungerande säkerhetskopian (%1). Filen med felet sparas då oförändrad bredvid, under ett nytt namn.</translation>
    </message>
    <message>
        <source>Open the newest backup</source>
        <translation>Öppna senaste säkerhetskopian</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Öppna skrivskyddat</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>another followup-gui (%1) has it open for writing.</source>
        <translation>ett annat followup-gui (%1) har den öppen för skrivning.</translation>
    </message>
    <message>
        <source>it was written by a newer version of followup-gui.</source>
        <translation>den skrevs av en nyare version av followup-gui.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Say something like:</source>
        <translation>Säg ungefär så här:</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tips</translation>
    </message>
</context>
<context>
    <name>StoreMover</name>
    <message>
        <source>The example data is not kept anywhere.</source>
        <translation>Exempeldata sparas ingenstans.</translation>
    </message>
    <message>
        <source>This file was opened with --store, so followup-gui opens it only that way. Start followup-gui without --store to move your applications.</source>
        <translation>Filen öppnades med --store, så followup-gui öppnar den bara på det sättet. Starta followup-gui utan --store om du vill flytta dina ansökningar.</translation>
    </message>
    <message>
        <source>Your applications are still being read. Try again in a moment.</source>
        <translation>Dina ansökningar läses fortfarande in. Försök igen om en liten stund.</translation>
    </message>
    <message>
        <source>The file cannot be changed right now (it is open read-only, or it was changed by another program and waits for your answer).</source>
        <translation>Filen kan inte ändras just nu (den är skrivskyddad, eller så har ett annat program ändrat den och appen väntar på ditt svar).</translation>
    </message>
    <message>
        <source>Your applications are in that folder already.</source>
        <translation>Dina ansökningar finns redan i den mappen.</translation>
    </message>
    <message>
        <source>That folder is inside the attachments folder of your applications.</source>
        <translation>Den mappen ligger i mappen med dina bifogade filer.</translation>
    </message>
    <message>
        <source>The folder cannot be found.</source>
        <translation>Mappen finns inte.</translation>
    </message>
    <message>
        <source>followup-gui may not write in that folder.</source>
        <translation>followup-gui får inte skriva i den mappen.</translation>
    </message>
    <message>
        <source>There is not enough free space in that folder.</source>
        <translation>Det finns inte tillräckligt med ledigt utrymme i den mappen.</translation>
    </message>
    <message>
        <source>That folder has an attachments folder with other files in it, but no applications file. Choose another folder, or empty that one.</source>
        <translation>Den mappen har redan en mapp attachments med andra filer, men ingen fil med ansökningar. Välj en annan mapp, eller töm den.</translation>
    </message>
    <message>
        <source>The files could not be copied.</source>
        <translation>Filerna kunde inte kopieras.</translation>
    </message>
    <message>
        <source>The copy did not match the original.</source>
        <translation>Kopian stämde inte med originalet.</translation>
    </message>
    <message>
        <source>Nothing was moved: your applications are where they were.</source>
        <translation>Inget har flyttats: dina ansökningar finns kvar där de var.</translation>
    </message>
    <message>
        <source>Could not move your applications</source>
        <translation>Dina ansökningar kunde inte flyttas</translation>
    </message>
    <message>
        <source>Where should your applications be kept?</source>
        <translation>Var ska dina ansökningar sparas?</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved.</source>
        <translation>Dina senaste ändringar kunde inte sparas.</translation>
    </message>
    <message>
        <source>Your applications are now kept in %1.</source>
        <translation>Dina ansökningar sparas nu i %1.</translation>
    </message>
    <message>
        <source>Another followup-gui (%1) has the file in that folder open.</source>
        <translation>Ett annat followup-gui (%1) har filen i den mappen öppen.</translation>
    </message>
    <message>
        <source>followup-gui could not note the new place for its next start.</source>
        <translation>followup-gui kunde inte komma ihåg den nya platsen till nästa start.</translation>
    </message>
    <message>
        <source>Now showing the applications in %1. Your earlier file is still in %2.</source>
        <translation>Nu visas ansökningarna i %1. Din tidigare fil finns kvar i %2.</translation>
    </message>
    <message>
        <source>The file there was written by a newer version of followup-gui.</source>
        <translation>Filen där skrevs av en nyare version av followup-gui.</translation>
    </message>
    <message>
        <source>No backup could be made.</source>
        <translation>Det gick inte att göra en säkerhetskopia.</translation>
    </message>
    <message>
        <source>The merged file could not be written.</source>
        <translation>Den sammanslagna filen kunde inte sparas.</translation>
    </message>
    <message>
        <source>Your applications and those in %1 are merged and kept there (%2 came from there).</source>
        <translation>Dina ansökningar och de i %1 är sammanslagna och sparas där (%2 kom därifrån).</translation>
    </message>
    <message>
        <source>Some old files could not be removed and are still in %1.</source>
        <translation>Några gamla filer kunde inte tas bort och finns kvar i %1.</translation>
    </message>
    <message>
        <source>There are applications in that folder already</source>
        <translation>Det finns redan ansökningar i den mappen</translation>
    </message>
    <message>
        <source>%1 already has an applications file (perhaps from another computer).</source>
        <translation>%1 har redan en fil med ansökningar (kanske från en annan dator).</translation>
    </message>
    <message>
        <source>Merge: yours and those there become one list, kept there (both are backed up first; where both changed an application, the newer is kept and the other is offered to you).
Use that one: followup-gui opens the file there; yours is left where it is.</source>
        <translation>Slå ihop: dina och de som finns där blir en lista, som sparas där. Båda säkerhetskopieras först. Om en ansökan har ändrats på båda ställena behålls den nyaste, och du får se den andra.
Använd den: followup-gui öppnar filen där. Din fil ligger kvar där den är.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Slå ihop</translation>
    </message>
    <message>
        <source>&amp;Use that one</source>
        <translation>&amp;Använd den</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>StorePlaceBox</name>
    <message>
        <source>Where your applications are kept</source>
        <translation>Var sparas dina ansökningar</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Flytta…</translation>
    </message>
    <message>
        <source>Keep your applications and their attached files in another folder</source>
        <translation>Spara dina ansökningar och deras bifogade filer i en annan mapp</translation>
    </message>
    <message>
        <source>Move &amp;back</source>
        <translation>Flytta &amp;tillbaka</translation>
    </message>
    <message>
        <source>Back to followup-gui&apos;s own folder on this computer</source>
        <translation>Tillbaka till followup-guis egen mapp på den här datorn</translation>
    </message>
    <message>
        <source>Choose a folder that OneDrive, Dropbox or another sync service copies to your other computers, and open the same folder there. The attached files move too.</source>
        <translation>Välj en mapp som OneDrive, Dropbox eller en annan synktjänst kopierar till dina andra datorer, och välj samma mapp där. De bifogade filerna flyttas också.</translation>
    </message>
    <message>
        <source>Where your applications are kept: %1</source>
        <translation>Var sparas dina ansökningar: %1</translation>
    </message>
</context>
<context>
    <name>SyncKeeper</name>
    <message>
        <source>Changed on two computers</source>
        <translation>Ändrad på två datorer</translation>
    </message>
    <message>
        <source>A conflict copy from %1 was taken in (changes taken: %2, removed: %3).</source>
        <translation>En konfliktkopia från %1 togs in (ändringar: %2, borttagna: %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) changed on two computers: see the button at the bottom.</source>
        <translation>
            <numerusform>%n ansökan ändrades på två datorer: se knappen längst ner.</numerusform>
            <numerusform>%n ansökningar ändrades på två datorer: se knappen längst ner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your profile was changed on two computers: the version from %1 was kept.</source>
        <translation>Din profil ändrades på två datorer: versionen från %1 behölls.</translation>
    </message>
    <message>
        <source>Your profile was changed on two computers: the version on this computer was kept.</source>
        <translation>Din profil ändrades på två datorer: versionen på den här datorn behölls.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies) in the report changed on two computers. Kept: %1 from this computer, %2 from %3.</source>
        <translation>
            <numerusform>%n aktivitet i rapporten ändrades på två datorer. Behölls: %1 från den här datorn, %2 från %3.</numerusform>
            <numerusform>%n aktiviteter i rapporten ändrades på två datorer. Behölls: %1 från den här datorn, %2 från %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file</source>
        <translation>filen</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) deleted on another computer were removed.</source>
        <translation>
            <numerusform>%n ansökan som tagits bort på en annan dator togs bort här.</numerusform>
            <numerusform>%n ansökningar som tagits bort på en annan dator togs bort här.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on two computers (%1)…</source>
        <translation>Ändrad på två datorer (%1)…</translation>
    </message>
</context>
<context>
    <name>TimeEdit</name>
    <message>
        <source>Cannot read this as a time. Type e.g. 14:30.</source>
        <translation>Kan inte läsa det som en tid. Skriv till exempel 14:30.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Sökt</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Ad&apos;s reply date</source>
        <translation>Annonsens svarsdag</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>Promised reply</source>
        <translation>Utlovat besked</translation>
    </message>
    <message>
        <source>Answer other offer</source>
        <translation>Svara på erbjudandet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Window for the next step: %1 to %2</source>
        <translation>Tid för nästa steg: %1 till %2</translation>
    </message>
</context>
<context>
    <name>TodoBox</name>
    <message>
        <source>To do: send %1</source>
        <translation>Att göra: skicka %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>was due %1</source>
        <translation>sista dag var %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Mark as done: %1</source>
        <translation>Markera som klar: %1</translation>
    </message>
    <message>
        <source>Logs that you sent it; undo with Ctrl+Z</source>
        <translation>Loggar att du har skickat det; ångra med Ctrl+Z</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Follow up…</source>
        <translation>Följ upp…</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Logga kontakt…</translation>
    </message>
    <message>
        <source>Got a reply…</source>
        <translation>Logga svar…</translation>
    </message>
    <message>
        <source>An answer by phone, or one you type in yourself</source>
        <translation>Ett svar per telefon, eller ett du skriver in själv</translation>
    </message>
    <message>
        <source>Paste a reply…</source>
        <translation>Klistra in svar…</translation>
    </message>
    <message>
        <source>Paste or drop the employer&apos;s mail: it is read</source>
        <translation>Klistra in eller släpp arbetsgivarens mejl: appen läser det</translation>
    </message>
    <message>
        <source>Interview…</source>
        <translation>Intervju…</translation>
    </message>
    <message>
        <source>Other offer…</source>
        <translation>Annat erbjudande…</translation>
    </message>
    <message>
        <source>I have applied…</source>
        <translation>Jag har sökt…</translation>
    </message>
    <message>
        <source>Turn this saved ad into an application</source>
        <translation>Gör den sparade annonsen till en ansökan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Interviews, contacts and offers</source>
        <translation>Intervjuer, kontakter och erbjudanden</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Bifogade filer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Select an application to see what to do next.</source>
        <translation>Välj en ansökan för att se vad du ska göra härnäst.</translation>
    </message>
    <message>
        <source>Send it before %1.</source>
        <translation>Skicka tackmejlet senast %1.</translation>
    </message>
    <message>
        <source>Interview on %1.</source>
        <translation>Intervjun är %1.</translation>
    </message>
    <message>
        <source>Last day to apply: %1.</source>
        <translation>Sista ansökningsdag: %1.</translation>
    </message>
    <message>
        <source>Window: %1.</source>
        <translation>Hör av dig %1.</translation>
    </message>
    <message>
        <source>Window: %1 to %2.</source>
        <translation>Hör av dig mellan %1 och %2.</translation>
    </message>
    <message>
        <source>The window has passed – a follow-up now is still better than none.</source>
        <translation>Den tiden har gått ut. Följ upp ändå – det är bättre än att inte följa upp alls.</translation>
    </message>
    <message>
        <source>Guide: %1</source>
        <translation>Ur guiden: %1</translation>
    </message>
    <message>
        <source>Details: the rules behind this (%1)</source>
        <translation>Detaljer: reglerna bakom rådet (%1)</translation>
    </message>
    <message>
        <source>Recommended: %1.</source>
        <translation>Rekommenderas: %1.</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Egenskap</translation>
    </message>
    <message>
        <source>If you choose %1 instead:</source>
        <translation>Om du väljer %1 i stället:</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Intervju %1</translation>
    </message>
    <message>
        <source>reply promised by %1</source>
        <translation>de lovade besked senast %1</translation>
    </message>
    <message>
        <source>%1: %2 by %3</source>
        <translation>%1: %2 via %3</translation>
    </message>
    <message>
        <source>Other offer noted %1, answer by %2</source>
        <translation>Annat erbjudande noterat %1, svara senast %2</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Inget loggat än.</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Sista ansökningsdag</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Sökt</translation>
    </message>
    <message>
        <source>Ad</source>
        <translation>Annons</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>uppföljning</translation>
    </message>
    <message>
        <source>thank-you</source>
        <translation>tack</translation>
    </message>
    <message>
        <source>other offer</source>
        <translation>annat erbjudande</translation>
    </message>
    <message>
        <source>reply from the employer</source>
        <translation>svar från arbetsgivaren</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>Hittade jobbet via</translation>
    </message>
    <message>
        <source>Sought</source>
        <translation>Typ av ansökan</translation>
    </message>
    <message>
        <source>You have followed up. Now the employer&apos;s answer is what comes next: one follow-up is enough.</source>
        <translation>Du har följt upp. Nu väntar du på svar från arbetsgivaren. En uppföljning räcker.</translation>
    </message>
    <message>
        <source>This application is closed: there is nothing more to do for it.</source>
        <translation>Ansökan är avslutad. Du behöver inte göra något mer.</translation>
    </message>
    <message>
        <source>The interview is next: prepare for it.</source>
        <translation>Intervjun är nästa steg. Förbered dig.</translation>
    </message>
    <message>
        <source>Nothing to do yet: the next step shows here when it is time.</source>
        <translation>Inget att göra än: nästa steg visas här när det är dags.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Main toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>More buttons</source>
        <translation>Fler knappar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>A&amp;nsökan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Save &amp;ad…</source>
        <translation>Spara ann&amp;ons…</translation>
    </message>
    <message>
        <source>I have &amp;applied…</source>
        <translation>Jag har &amp;sökt…</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Ny ansökan…</translation>
    </message>
    <message>
        <source>Your &amp;profile…</source>
        <translation>Din &amp;profil…</translation>
    </message>
    <message>
        <source>Look at &amp;example data</source>
        <translation>Visa &amp;exempeldata</translation>
    </message>
    <message>
        <source>&amp;Close example data</source>
        <translation>&amp;Stäng exempeldata</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Åte&amp;rställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Export to ca&amp;lendar…</source>
        <translation>Exportera till &amp;kalender…</translation>
    </message>
    <message>
        <source>&amp;Monthly activity report</source>
        <translation>&amp;Månadens aktivitetsrapport</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Edit application…</source>
        <translation>&amp;Ändra ansökan…</translation>
    </message>
    <message>
        <source>&amp;Delete application</source>
        <translation>&amp;Ta bort ansökan</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation>&amp;Följ upp…</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Logga kontakt…</translation>
    </message>
    <message>
        <source>&amp;Paste a reply…</source>
        <translation>&amp;Klistra in svar…</translation>
    </message>
    <message>
        <source>&amp;Interview…</source>
        <translation>&amp;Intervju…</translation>
    </message>
    <message>
        <source>Other &amp;offer…</source>
        <translation>Annat &amp;erbjudande…</translation>
    </message>
    <message>
        <source>&amp;How to use followup-gui</source>
        <translation>&amp;Så använder du followup-gui</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>The &amp;guide behind the advice</source>
        <translation>&amp;Guiden bakom råden</translation>
    </message>
    <message>
        <source>&amp;About followup-gui</source>
        <translation>&amp;Om followup-gui</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
</context>
</TS>
