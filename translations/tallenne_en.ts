<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccessRequestService</name>
    <message>
        <source>A request cannot be received in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give what the person is found by: a phone number, an e-mail address, a name, a personal identity code or a business ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is closed: nothing more can be added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register profile has been set: it names the ways a requester&apos;s identity may be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register profile does not allow identity to be verified by &quot;%1&quot;; it allows: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which photo ID was shown (passport, identity card, driving licence or residence permit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the last four characters of the document&apos;s number (never a copy of the document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the identification method and its reference (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the signed request&apos;s reference (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension needs its reason, which the requester is told (GDPR art. 12(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Request %1 cannot be extended further: the register profile allows %n month(s) in all.</source>
        <translation>
            <numerusform>Request %1 cannot be extended further: the register profile allows %n month in all.</numerusform>
            <numerusform>Request %1 cannot be extended further: the register profile allows %n months in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request %1 can be extended by at most %n more month(s).</source>
        <translation>
            <numerusform>Request %1 can be extended by at most %n more month.</numerusform>
            <numerusform>Request %1 can be extended by at most %n more months.</numerusform>
        </translation>
    </message>
    <message>
        <source>An extension must be decided and told to the requester within the first month (by %1); that time has run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s first request is always free (GDPR art. 12(5) and 15(3)): a fee is possible only for further copies or for a manifestly unfounded or excessive request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee needs its reason, decided for this case (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is closed as completed, refused or withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is already closed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal must say why, and tell the person they may complain to the supervisory authority (GDPR art. 12(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the outcome was (what was handed over or done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 cannot be completed before the requester&apos;s identity is verified; refuse it or mark it withdrawn instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is closed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester&apos;s identity has not been verified for request %1: verify it before anything is handed over or changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessRequestTerms</name>
    <message>
        <source>Access (a copy of one&apos;s data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo ID shown in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong electronic identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminCli</name>
    <message>
        <source>tallenne-admin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;tallenne-admin --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no register: give --register DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tallenne register (register.db and keyslots.json are missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command needs --user NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password: give it on the first line of standard input with --password-stdin, or run in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallenne register administration.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not go with &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --register DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --admin NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New administrator&apos;s password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the register in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the recovery code and keep it somewhere safe. It is shown only once; it opens the register if every password is lost and binds it to a new workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --register DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calls and --chats take a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add needs a NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add needs at least one --role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (quality-manager, trainer, privacy-officer, administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new user&apos;s password is missing: give it on the next line of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user remove takes one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and deleted their key slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user passwd takes one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new password is missing: give it on the next line of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has a new data key; every key slot was re-sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Tallenne register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery code is missing: give it on standard input with --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is now bound to this workstation; users log in with their own passwords again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries.</source>
        <translation>
            <numerusform>The audit trail is intact: %n entry.</numerusform>
            <numerusform>The audit trail is intact: %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--call takes a call&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playlist list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playlist show takes one playlist ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playlist show takes a playlist&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date YYYY-MM-DD or an ISO date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 matching calls shown (--limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chats search needs TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject find takes one of --phone, --email, --identity-code, --name, --business-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject find needs --phone, --email, --identity-code, --name or --business-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>subject %1%2: %n call(s), </source>
        <translation>
            <numerusform>subject %1%2: %n call, </numerusform>
            <numerusform>subject %1%2: %n calls, </numerusform>
        </translation>
    </message>
    <message>
        <source> (restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data subject has this identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported: --strict and a row was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import asterisk needs --cdr Master.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--utc and --timezone exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (e.g. Europe/Helsinki)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import chats needs one FILE.jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile set needs one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register profile is set; the privacy notice in %1 is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile show takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register profile has been set yet (tallenne-admin profile set FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fixed period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, set %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call details kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat transcripts kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds: %1, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice needs --lang fi or --lang en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is html, text or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format pdf needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>calls from this number linked to no data subject found: %n call(s)</source>
        <translation>
            <numerusform>calls from this number linked to no data subject found: %n call</numerusform>
            <numerusform>calls from this number linked to no data subject found: %n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layouts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --verbose to list each note with its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leg %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  calls	%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  chats	%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1. Calls imported: %2. Already present: %3. Rejected: %4. (%5 rows/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1. Chats imported: %2. Already present: %3. Rejected: %4. (%5 rows/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings: attached %1 (repaired %2); attached to calls imported before %3; still being written %4 (not taken; import again later); answered calls without a file %5; unusable %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects: rows linked %1, new %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password line is longer than %1 bytes; nothing was read from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTRADICTS THE TRAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the anchor in keyslots.json could be checked, and whoever can rewrite the register can rewrite it: a cut tail or a rolled-back register would not show. Keep a signed head (audit head) and check against it with --head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the signed head of the audit trail (entry %1) to %2. Keep it away from the register, or send it to the data protection officer; `audit verify --head %2` checks that the trail still holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now holds the identifier, lookup and recordings keys. Your roles do not carry them: run `tallenne-admin user handover` to give up your copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of %1 and rotated the keys they hold and the register key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user handover takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over: you no longer hold the identifier, lookup and recordings keys your roles do not carry; each was rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s new slot waits for %2: it is sealed to them at the next login of a user who holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)%1, %2 rows/s</source>
        <translation>
            <numerusform>%n row%1, %2 rows/s</numerusform>
            <numerusform>%n rows%1, %2 rows/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 columns (%2): %n row(s)</source>
        <translation>
            <numerusform>%1 columns (%2): %n row</numerusform>
            <numerusform>%1 columns (%2): %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) at %3 calls/s, %4 at %5 chats/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n recording</numerusform>
            <numerusform>%n recordings</numerusform>
        </translation>
    </message>
    <message>
        <source>tallenne-admin: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags add takes no arguments besides its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags add needs --call ID --from MS --to MS --label L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take milliseconds (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags remove takes one tag ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags remove takes a tag&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playlist create takes one NAME (quote a name with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playlist add takes one playlist ID and --tag TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playlist add takes a playlist&apos;s and a tag&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playlist remove takes one playlist ID and --clip CLIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playlist remove takes a playlist&apos;s and a clip&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations and tags kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request records kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer: %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold add takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold add needs exactly one of --phone, --call, --chat or --subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold add needs --reason, --until and --case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until takes a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold release takes one hold id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold %1 released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access-request records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register profile is set: no retention periods, nothing purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fixed period; nothing is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ids %1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 kept under a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 kept under restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired legal hold(s) would be lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired legal hold(s) lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unattended takes one of enable, disable, status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unattended purge is enabled on this machine: its secret is in this machine&apos;s keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unattended purge is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled; this machine can run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled on another machine; this machine&apos;s keychain does not hold its secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tallenne-admin: --unattended opens the register with the unattended slot, which can only purge: &apos;%1&apos; is refused. Use it as &apos;tallenne-admin purge --unattended&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compacting the register file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data subjects without calls or chats: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 kept under a legal hold or restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file would be compacted (%1 MiB free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file was compacted: %1 MiB freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file has no free space to give back: nothing to compact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --phone, --email, --identity-code, --name, --business-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person is found by --phone, --email, --identity-code, --name or --business-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request open takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request open needs --kind and --channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is one of access, portability, rectification, erasure, restriction, objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel is one of in-person, letter, email, phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--received takes YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 data subject(s), %2 call(s), %3 chat(s); due %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Possibly repetitive: %n earlier request(s) in the last 12 months.</source>
        <translation>
            <numerusform>Possibly repetitive: %n earlier request in the last 12 months.</numerusform>
            <numerusform>Possibly repetitive: %n earlier requests in the last 12 months.</numerusform>
        </translation>
    </message>
    <message>
        <source>request verify needs --document KIND --last4 XXXX, or --eid REF, or --signed REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--document is one of passport, id-card, driving-licence, residence-permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--document needs --last4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified for request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request extend needs --months N and --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 extended; now due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly repetitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  received	%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  due	%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  person	%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  identity	%1 by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  identity	not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via subject %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  earlier requests in 12 months: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new item(s) added to request %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of --call ID, --chat ID, --subject ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request fee needs --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request close needs --outcome TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is one of completed, refused, withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 closed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject export takes no arguments, only options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject export needs --request ID, --out FILE.zip and --lang fi|en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--request takes a request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is fi or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delivery is one of in-person, postal-address, electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase line is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-stdin: no passphrase on the line after the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes, encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects %1, calls %2, recordings %3, chats %4; %5 excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased for request %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure plan for request %1 (nothing has been changed; erase with --confirm):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  data subjects: %1 (identifiers: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  calls: %1 (recordings: %2, tags: %3, playlist clips: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  chats: %1 (messages: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  recording files removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal duty to keep records: none (the register profile names none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal duty to keep records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n data subject(s)</source>
        <translation>
            <numerusform>%n data subject</numerusform>
            <numerusform>%n data subjects</numerusform>
        </translation>
    </message>
    <message>
        <source>Restriction lifted for request %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing restricted for request %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject rectify needs --request ID --subject SID --kind KIND --from OLD --to NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is one of email, phone, name, identity-code, business-id, address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of data subject %2 rectified for request %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject object needs --request ID and either --upheld or --overridden --grounds TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection upheld for request %1: processing of the person&apos;s records is restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection overridden for request %1; the grounds are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecard list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecard import takes one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as scorecard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecard export takes one scorecard ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecard export takes a scorecard&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scorecard-version takes a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from takes a date, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to takes a date, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--of takes call:ID or chat:ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation show takes one evaluation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation show takes an evaluation&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 of %2 (agent %3) on &quot;%4&quot; version %5 by %6: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 (score %2) replaced by %3 at %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --from D and --to D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take dates, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report --format is text, csv or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report --format pdf needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period is week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria most often missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample %1, seed %2: %3 items, %4 evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample draw takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample draw needs --from D and --to D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-agent takes 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample show takes one sample ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample show takes a sample&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration show takes one calibration ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration show takes a calibration&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration %1 of %2: %3 reviewers, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags on recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 calibration(s) left without evaluations would be purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 calibration(s) left without evaluations purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	%2 evaluations	average %3	critical failures %4	passed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --json-lines do not go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number: 0 for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--after takes an id, a whole number from 1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record-lost goes with --repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s)</source>
        <translation>
            <numerusform>%n chat</numerusform>
            <numerusform>%n chats</numerusform>
        </translation>
    </message>
    <message>
        <source>A recording whose file is missing and that no backup holds is settled with &apos;tallenne-admin verify --repair --record-lost&apos;: its call keeps its details, marked &quot;recording lost&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnchorWitness</name>
    <message>
        <source>keyslots.json holds no anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit trail ends at entry %1, but keyslots.json anchors entry %2: the tail of the trail was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not the entry keyslots.json anchors: the trail was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json anchors entry %1 (inside the register folder: it cannot prove anything alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json anchors entry %1, before the audit checkpoint at entry %2: purged on the trail&apos;s retention period, it cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsteriskCdr</name>
    <message>
        <source>the %1 time is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 time &apos;%2&apos; is not a date and time of the form YYYY-MM-DD HH:MM:SS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative duration (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative billsec (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billsec (%1) is longer than duration (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layout option &apos;%1&apos; (expected base, or loguniqueid, loguserfield and newcdrcolumns joined by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 columns (layout %2), found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 16 to 21 columns, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence &apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disposition is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown disposition &apos;%1&apos;, kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered, with a duration of 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end time is before the start time; the end was taken as start + duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end − start is %1 s but the duration says %2 s; the times are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the times fall in the hour that repeats when summer time ends; they were read from the durations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the times fall in the hour that repeats when summer time ends; the earlier reading was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) in the caller&apos;s name were replaced</source>
        <translation>
            <numerusform>%n control character in the caller&apos;s name was replaced</numerusform>
            <numerusform>%n control characters in the caller&apos;s name were replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioDecoder</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not audio in a format that can be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 channels at %2 Hz is not audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio is damaged after %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the recording is longer than %n hours</source>
        <translation>
            <numerusform>the recording is longer than %n hour</numerusform>
            <numerusform>the recording is longer than %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>No recording is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decoded, the recording would take more than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording cannot be decoded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording cannot be decoded: it holds no audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 channels; a recording is mono, or stereo with the agent and the customer apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sample rate of %1 Hz; a recording has %2 to %3 Hz</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioProbe</name>
    <message>
        <source>recording %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data chunk is cut short (expected %1 bytes, found %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAV format %1 with %2-bit samples is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 channels; a recording is mono, or stereo with the agent and the customer apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV header gives no sample rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV codec 0x%1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the codec of Asterisk&apos;s .%1 files is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio format (%1) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is shorter than one frame of its codec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header gave no sizes; repaired: %1 s of audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV header&apos;s sizes were never written (%1 s of audio follow; the recording may still have been in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the WAV header&apos;s block size (%1 bytes) does not fit %n channel(s) of %2-bit samples (%3 bytes)</source>
        <translation>
            <numerusform>the WAV header&apos;s block size (%1 bytes) does not fit %n channel of %2-bit samples (%3 bytes)</numerusform>
            <numerusform>the WAV header&apos;s block size (%1 bytes) does not fit %n channels of %2-bit samples (%3 bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>the WAV header and the audio disagree (%1 frames at %2 Hz in the header, %3 at %4 Hz read)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Agents listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail purged to a checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail head signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit signatures begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats searched by their text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended legal hold lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index brought up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key grant waiting for a holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key introduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key rotation completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key holdings listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to a playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlist created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlist deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlists listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlist reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from a playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlist renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlist opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile history read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register profile read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register profile set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register file compacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention purge: one batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention purge: data subjects without data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag label added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag label deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag label renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag labels listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattended purge disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattended purge enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened for the unattended purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unattended purge checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-request records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects without calls or chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own entries only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept by legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept under restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal holds lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free pages before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page size (bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to delete, %3 kept by legal holds, %4 kept under restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>witnesses checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request&apos;s deadline extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee decided for a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More found for a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included in a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by a request&apos;s rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester&apos;s identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject&apos;s records erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of a data subject&apos;s data handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject&apos;s identifier rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction of processing lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not their own tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not their own playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose not allowed for the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not part of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objection upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overridden on compelling grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sealed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut after entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash at the cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortest (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranges heard (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heard (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data subject ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data subjects under restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly repetitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open ones only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrations listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation draft discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted evaluation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality report made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard reinstated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags on recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrations left without evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibrations left without evaluations deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical criterion failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scorecard version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files without a recording moved to quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quick (recordings&apos; contents not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing recording recorded as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recordings recorded as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditAuthors</name>
    <message>
        <source>The signing key of %1 could not be recorded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key identities cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register does not know the identity of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit entry could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit entry cannot be signed: no signing key is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit checkpoint could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit entries before the checkpoint could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>keyslots.json belongs to register %1, but the audit trail to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries from before signatures: hash-chained, not signed</source>
        <translation>
            <numerusform>%n entry from before signatures: hash-chained, not signed</numerusform>
            <numerusform>%n entries from before signatures: hash-chained, not signed</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet signing (no login since the migration): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail does not give you (%1) your own signing key: it was rewritten with other keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries up to %1 purged on the trail&apos;s retention period; checked from the signed checkpoint at entry %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTrailView</name>
    <message>
        <source>The CSV file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Entry %1 is missing: the chain jumps from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 appears out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was removed, inserted or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 has no signature, but every entry since signatures began must have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is signed, but the unsigned entries before it do not end with the entry of the migration to signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is signed as %2, whose key the trail never introduced (or who was removed): it was inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2, by %3) does not carry %3&apos;s signature: it was changed or written by someone else, and the chain re-hashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: %2 acted with the roles %3, but the trail gives them %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, the migration to signatures, is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, the migration to signatures, lists users or roles that the entries before it do not give: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 should be the first administrator&apos;s self-signed introduction, and it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 introduces a key for %2, but it was written as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: %2 introduces a key of their own, but only those listed at the migration to signatures may, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2 of %3) was signed by %4, who was not an administrator then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2 of %3) lacks the roles or the signing key it must carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 adds %2, who already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the users table, but no entry of the trail added them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the roles %2 in the users table, but the trail gives them %3: the roles were changed outside Tallenne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from the users table, but no entry of the trail removed them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, an audit checkpoint, is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, an audit checkpoint, was signed by %2, who may not purge the trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, an audit checkpoint, records a hash for entry %2 that is not that entry&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1, an audit checkpoint, records authors, keys or roles at entry %2 that the trail does not give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail does not verify up to entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be checkpointed at entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchForeignKeys</name>
    <message>
        <source>Checking references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row written to %1 refers to a row that does not exist (FOREIGN KEY constraint failed); nothing of this batch was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseService</name>
    <message>
        <source>Preparing a search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number cannot be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is under restriction of processing and hidden from your roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chat %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for words only: quotes, parentheses, * and the operators AND, OR, NOT and NEAR are not supported. Every word you type must occur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one word to search for (letters or digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search text could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding calls by a full number needs the lookup key, which you do not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing chat channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chat message %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessId</name>
    <message>
        <source>the business ID is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a business ID is seven digits, a hyphen and a check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no business ID has these seven digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check digit should be %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalibrationService</name>
    <message>
        <source>There is no calibration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chat %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 has no recording: there is nothing to calibrate on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard &quot;%1&quot; is retired: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scorecard %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration %1 is closed: no one joins it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration %1 needs at least two submitted evaluations before it is closed (it has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard of calibration %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallFilterStore</name>
    <message>
        <source>A saved filter needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallRepository</name>
    <message>
        <source>A call needs a source id and a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls cannot be sorted by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing calls failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing calls was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration (s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest duration in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest duration in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of matching calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged / eva&amp;luated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;y filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the filter under a name, without the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the chosen saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colum&amp;ns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns of the list; drag a column&apos;s heading to move it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>the register key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lookup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recordings key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatJsonl</name>
    <message>
        <source>unknown field (expected one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time with a UTC offset, such as 2024-05-02T14:03:00+03:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string of at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a lower-case word such as web, whatsapp or messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be customer, agent, bot or system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chat has at most %1 messages; this one has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatRepository</name>
    <message>
        <source>A chat needs a source id and a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing a chat message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chat %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting chats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatsPanel</name>
    <message>
        <source>&amp;Search in transcripts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latest chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sear&amp;ch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;annel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CipherPageCheck</name>
    <message>
        <source>The register key must be %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page check could not derive its key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompactionService</name>
    <message>
        <source>The register&apos;s %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be compacted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compacted register could not be written back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>unterminated quoted field starting on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>espeak-ng is missing: the demo recordings are tones and noise instead of speech.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s)</source>
        <translation>
            <numerusform>%1 of %n call</numerusform>
            <numerusform>%1 of %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n chat(s)</source>
        <translation>
            <numerusform>%1 of %n chat</numerusform>
            <numerusform>%1 of %n chats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryRepository</name>
    <message>
        <source>Preparing a lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>The disk holding %1 (mounted at %2) is full: %3 free. Nothing was left half-written; free some space there and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <source>the e-mail address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address has no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address has exactly one @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before @ is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part after @ should be a domain such as example.fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the angle brackets around the address do not match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <source>Reading the interaction to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting an evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading an evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving an evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting an evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping an evaluation&apos;s earlier revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting an evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading calibrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationService</name>
    <message>
        <source>There is no call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chat %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evaluation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 is a draft of %2: it can be read once submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 belongs to calibration %2, which is still open: reviewers see each other&apos;s answers once it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard of evaluation %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 is %2&apos;s: only its evaluator answers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 was submitted and is read-only. Change it with a reason (a new revision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration %1 is closed: its evaluations are no longer answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard has no criterion &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment on &quot;%1&quot; is longer than 2,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat&apos;s comment is pinned to a message, not to a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment on &quot;%1&quot; is pinned outside the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call&apos;s comment is pinned to a moment, not to a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment on &quot;%1&quot; is pinned to a message of another chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 has no recording: there is nothing to evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scorecard %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard &quot;%1&quot; is retired: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment is needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation is not complete (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the submitted evaluation changes (1 to %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1 is a draft: change it and submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a draft of call %1 on scorecard &quot;%2&quot;: submit or discard it before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a draft of chat %1 on scorecard &quot;%2&quot;: submit or discard it before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportZip</name>
    <message>
        <source>Cannot write %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: give the name of a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase cannot contain a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of locked memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCrypto</name>
    <message>
        <source>A sealed value of the register names no known batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role carries %1, but it has not reached you yet: it does at the next login of a user who holds it. Log in again after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not hold %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldReasons</name>
    <message>
        <source>handling a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investigation of a suspected crime by the authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>establishing, exercising or defending a legal claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an order from an authority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldRepository</name>
    <message>
        <source>Storing a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releasing a legal hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoldService</name>
    <message>
        <source>call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chat %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data subject %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register profile has been set: it names the reasons a legal hold may be placed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register profile allows no legal holds (its hold_reasons is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hold reason of this register; the profile allows: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold needs a case reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case reference has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal hold needs its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of a hold (%1) cannot be in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A legal hold may last at most %n month(s) (the register profile&apos;s hold_max_months): the last day can be %1 at the latest.</source>
        <translation>
            <numerusform>A legal hold may last at most %n month (the register profile&apos;s hold_max_months): the last day can be %1 at the latest.</numerusform>
            <numerusform>A legal hold may last at most %n months (the register profile&apos;s hold_max_months): the last day can be %1 at the latest.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone number cannot be held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number can be read in two ways; give it with its country code (+…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hold on a phone number needs the lookup key, which you do not hold: ask a privacy officer, or hold the calls or the data subject instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no legal hold %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold %1 was already released by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityCode</name>
    <message>
        <source>the identity code is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an identity code has 11 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first six characters should be the birth date DDMMYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seventh character should be a century sign (+, -, Y, X, W, V, U or A–F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>characters 8–10 should be the individual number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birth date does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the individual numbers 000 and 001 are not in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check character should be %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recordings folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: import the calls only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;UTC (usegmtime=yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke recordings whose writer crashed (far shorter than the call, never finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;National numbers in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject: the identifiers belong to different data subjects in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import has no open transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recordings attached to calls imported before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording %1 attached to the call imported before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recordings with a repaired header</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recordings match the call and the times in their names do not tell which is its own: %1</source>
        <translation>
            <numerusform>%n recording matches the call and the time in its name does not tell whether it is its own: %1</numerusform>
            <numerusform>%n recordings match the call and the times in their names do not tell which is its own: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>answered calls without a recording file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered, and the row has no uniqueid or linkedid to find its recording by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered, and no recording file names its uniqueid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>answered; %n file(s) name its uniqueid %1 but started outside this leg: %2</source>
        <translation>
            <numerusform>answered; %n file names its uniqueid %1 but started outside this leg: %2</numerusform>
            <numerusform>answered; %n files name its uniqueid %1 but started outside this leg: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>recordings still being written (import again later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recordings that could not be used (their calls were imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows already in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the register (call %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>odd values, imported as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls not linked: the number belongs to several data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not linked to a data subject: several have this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines with bytes that are not UTF-8 (replaced by U+FFFD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 were replaced by U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat already in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chats with control characters (replaced, see docs/import-formats.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) removed or replaced by U+FFFD</source>
        <translation>
            <numerusform>%n control character removed or replaced by U+FFFD</numerusform>
            <numerusform>%n control characters removed or replaced by U+FFFD</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region of phone numbers (two letters, such as FI or SE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers that are no valid phone number (kept as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept as written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers that read two ways (the national reading was taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers read as international without + or 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers with a trunk 0 after the country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers read from messaging ids or tel: addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalWitness</name>
    <message>
        <source>the system journal cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system journal cannot be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trail names no register, so its heads cannot be looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal saw entry %1 (signed by %2, %3), but the trail ends at entry %4: its tail was cut or the register was rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal saw a different entry %1 (signed by %2, %3): the trail was rolled back or rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n head(s) in the journal, the latest entry %1 at %2</source>
        <translation>
            <numerusform>%n head in the journal, the latest entry %1 at %2</numerusform>
            <numerusform>%n heads in the journal, the latest entry %1 at %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no system journal runs here (no %1), so no head was recorded or could be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal of this machine holds no head of this register (it was used elsewhere, or the journal rotated them away)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the journal holds %n head(s) of this register that the trail does not hold and no author of this trail signed: the trail was rewritten with other keys, or someone wrote false records to the journal</source>
        <translation>
            <numerusform>the journal holds %n head of this register that the trail does not hold and no author of this trail signed: the trail was rewritten with other keys, or someone wrote false records to the journal</numerusform>
            <numerusform>the journal holds %n heads of this register that the trail does not hold and no author of this trail signed: the trail was rewritten with other keys, or someone wrote false records to the journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n head(s) before the audit checkpoint at entry %1, purged on the trail&apos;s retention period and no longer comparable</source>
        <translation>
            <numerusform>%n head before the audit checkpoint at entry %1, purged on the trail&apos;s retention period and no longer comparable</numerusform>
            <numerusform>%n heads before the audit checkpoint at entry %1, purged on the trail&apos;s retention period and no longer comparable</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeptHeadWitness</name>
    <message>
        <source>This is not a signed audit head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must have exactly the fields %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field has the wrong form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the head&apos;s signature does not verify; the file was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1, kept at %2, signed by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kept head belongs to register %1, this trail to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kept head (%1) is signed with a key the trail never introduced for its signer: the trail was rewritten, or the head is forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kept head (%1) names an entry beyond the trail&apos;s end at entry %2: its tail was cut or the register was rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not the one the kept head (%2) names: the trail was rolled back or rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trail still holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kept head (%1) names an entry before the audit checkpoint at entry %2: it was purged on the trail&apos;s retention period and cannot be compared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyService</name>
    <message>
        <source>%1 (version %2) sealed to you does not match the register&apos;s: the register was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register does not know the key slot identity of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not hold %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot identity of %1 is not a valid key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else holds %1 yet: add a user whose roles carry it, let them log in once, and hand over then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no key that your roles do not carry: there is nothing to hand over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only user who holds %2: without them nobody could open what it protects again. Add another user whose role carries it, let them log in once (the key is sealed to them then), and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>The key slot did not open: the password or code is wrong, the slot belongs to another workstation, or the slot was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unattended secret must be %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot has no key derivation parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No locked memory is left for a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key must be %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 key slot cannot have the id &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot version starts at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot needs the register id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation secret must be %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key could not be sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key slot is bound to a workstation; the secret kept in the OS keychain is needed to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in keyslots.json was altered or damaged: its key derivation parameters (%2 passes, %3 KiB) are not ones this program writes. Nothing was counted as a failed login. Restore keyslots.json from a backup, or have another administrator run &apos;tallenne-admin verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in keyslots.json was altered or damaged: it gives version %2, but it was sealed as version %3. Nothing was counted as a failed login. Restore keyslots.json from a backup, or have another administrator run &apos;tallenne-admin verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot of user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unattended key slot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <source>&quot;%1&quot; is not user, recovery or unattended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid id for a %1 slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unattended slot uses no password derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown algorithm &quot;%1&quot; (expected argon2id13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist: this folder is not a Tallenne register, or its key slot file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far too large for a key slot file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format this version reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a lower-case UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of slots[%1] (same kind and id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register id is not a lower-case UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit anchor hash is not 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a %1 key slot &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 key slot &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid base64 of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1 bytes of hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a UTC time such as 2026-01-15T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field other than salt and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not lower-case hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a seal tag needs the public and sealed key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySlotFileLock</name>
    <message>
        <source>%1 is already locked by this thread; a write of the key slot file was nested in another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be locked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Another Tallenne process is changing %1 and has held its lock for more than %n second(s). Wait for it to finish and try again.</source>
        <translation>
            <numerusform>Another Tallenne process is changing %1 and has held its lock for more than %n second. Wait for it to finish and try again.</numerusform>
            <numerusform>Another Tallenne process is changing %1 and has held its lock for more than %n seconds. Wait for it to finish and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Reading the register&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing a grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the pending grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to Tallenne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy &amp;notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tallenne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tallenne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Asterisk calls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import c&amp;hats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out and switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeRenderer</name>
    <message>
        <source>A PDF can only be made in a program with the graphical libraries started (QGuiApplication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeViewer</name>
    <message>
        <source>Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the Finnish and the English notice next to each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export H&amp;TML…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordKdf</name>
    <message>
        <source>unknown key derivation algorithm %1; only Argon2id 1.3 is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id pass count %1 is outside %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argon2id memory %1 bytes is outside %2 bytes–%3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given to the key derivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key derivation salt must be %1 bytes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The derived key length %1 is outside %2–%3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No locked memory is left for a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password key derivation needs %1 MiB of memory, which the system refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password is longer than %1 bytes; choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too easy to guess: it would take %1, and at least 10 billion are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three or four unrelated words that are not a saying, or twelve random letters and digits, would be enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about one guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 guesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 million guesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 billion guesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is built on common words or names, which are guessed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swapping letters for look-alike digits or symbols does not help: those are tried too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains the user&apos;s name or the register&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains keys next to each other on the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a sequence such as abc or 123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It repeats characters or parts of itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is too short.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Browse calls and chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See phone numbers, names and identity codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play recordings within an access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See tags and coaching playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag moments and manage coaching playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See evaluations and quality reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate on scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by data subject and handle requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export, rectify, restrict and erase a person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage retention, the register profile and the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the audit trail of own requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>the phone number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number has no letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parentheses in the phone number do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number has a character that does not belong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no digits after +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number has no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number has an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone-context of the tel: address is not a country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a + belongs only at the start of the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country code does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number after the international call prefix is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no number under country code +%1 has this many digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no number in use under country code +%1 has this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default region is not a region code libphonenumber knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as an international number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as international without + or 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as a national number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as international, without the trunk prefix written after the country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read from a messaging id or a tel: address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous: also a valid number as %1; %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackPurposes</name>
    <message>
        <source>Quality review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject&apos;s access request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling a complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaybackService</name>
    <message>
        <source>Permission denied: your roles do not allow playing a recording for this purpose (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing a recording for an access request needs the request&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read the call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 has no recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A heard range is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request %1: give the number of an open request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is closed: recordings are played only inside an open request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 is not among what request %2 covers: add the person&apos;s other identifiers to the request, or include the call, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is not decrypted yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Space). Arrow keys move 5 s, with Shift 30 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag over the waveform, or press [ and ] at the playhead, to select a range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volu&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag sele&amp;ction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume of the agent&apos;s lane (Up and Down keys change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume of the customer&apos;s lane (Up and Down keys change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the selected range over and over (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out pauses where both lanes are silent for longer than 0.7 s (K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaylistPanel</name>
    <message>
        <source>Coaching playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play clip after clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playl&amp;ists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected clip; Delete removes it; Enter plays it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lips:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove clip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaylistRepository</name>
    <message>
        <source>Creating a playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming a playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading playlists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a clip to a playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reordering a playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a clip from a playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip %1 is not in playlist %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaylistService</name>
    <message>
        <source>A playlist&apos;s name has 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no playlist %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change only your own playlists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 clip is no longer available: the recording was erased or restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clips are no longer available: the recordings were erased or restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a playlist called &quot;%1&quot;. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>The stored register profile %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicNotice</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the public notice %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the public notice %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeService</name>
    <message>
        <source>The register keeps no records of data subjects&apos; requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purged recording&apos;s file could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge journal cannot be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge has not begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge cannot read the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge journal cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge could not delete from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until the entry of the migration to signed entries is past its period: the unsigned entries before it cannot be replaced by a signed checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge could not delete data subjects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not purged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real purge would be refused now, because the register failed its checks when it was opened and deleting could destroy evidence. First problem: %1 An administrator settles what &apos;tallenne-admin verify&apos; finds; the purge runs again at the first login after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge did not run, because the register failed its checks when it was opened and deleting now could destroy evidence. First problem: %1 An administrator settles what &apos;tallenne-admin verify&apos; finds; the purge runs again at the first login after that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>Purpose of listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every playback declares its purpose. It is recorded in the audit trail with the parts of the recording you hear. The purpose is kept until you log out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the open request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityReportCharts</name>
    <message>
        <source>Average score and critical failures per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical failures (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityReportService</name>
    <message>
        <source>Week %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the report&apos;s first and last day, the last not before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report covers at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 evaluations, average score %2, critical failures %3 (%4), passed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria most often missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion was missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingCipher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording key must be %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted recording could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an encrypted Tallenne recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording key does not fit this file: it is the key of another recording, or the file header was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording file header is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording file is truncated: it ends after %1 chunks, without its final chunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk %1 of the recording file is damaged or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording file has data after its final chunk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingMatcher</name>
    <message>
        <source>--recording-pattern is not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recording-pattern needs a named group (?&lt;uniqueid&gt;…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording %1: the file is larger than %2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording %1: still being written (it grew while it was read); not taken. Import again when the call has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording %1: the header gives no sizes and the file holds %2 s of a %3 s call, so it is still being written or was cut short; not taken. Import again when it is finished; if its writer crashed and it will never be, import with --take-incomplete to keep what is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording %1: %2; taken although it holds only %3 s of a %4 s call (--take-incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingStates</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was answered, but no recording file was found for it when it was imported. Import again with the folder that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording was still being written when the call was imported (%1 s of a %2 s call). Import again to attach the finished file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording was still being written when the call was imported. Import again to attach the finished file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several recording files matched this call and the times in their names did not tell which is its own. The import report lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording was imported with this call, or it has been erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording file could not be used. The call itself was imported; the report of that import (the administrator&apos;s) names the file and the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording was lost: its file went missing from the register, and an administrator recorded it as lost. The call&apos;s details are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingStore</name>
    <message>
        <source>libsodium cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the recordings folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a recording file in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a recording file in %1 (disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename a recording file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sync the recordings folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recording %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its row names no file of recordings/ (&quot;%1&quot;): the row was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is missing from recordings/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 bytes where its row gives %2: it was cut short, extended or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its sealed file key does not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio does not match the checksum its row keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not the one stored for this recording: it was altered, damaged or swapped with another recording&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quarantine folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of recording %1 is missing from recordings/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file of recording %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of recording %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of recording %1 does not match its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>No locked memory is left for a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 of the recovery code is not one of the digits and letters used in recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery code has %1 letters and digits (%2 groups of %3); this one has %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterOpenCheck</name>
    <message>
        <source>the register&apos;s entry %1 is another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register&apos;s audit trail ended at entry %1 when this was first found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has lost changes it had: keyslots.json names audit entry %1 as the last one written, but %2. The write-ahead log (register.db-wal) beside it does not hold those changes: it is an older log or another copy&apos;s, or an older copy of register.db was put in place. What was written since may be missing; the latest backup may have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has lost changes it had: keyslots.json names audit entry %1 as the last one written, but %2. The write-ahead log (register.db-wal) was missing when the register was opened: it was deleted or not copied with register.db, or an older copy of register.db was put in place. What was written since is missing; the latest backup may have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail has gaps: its entries %1 to %2 should be %3, but %n are there. Entries were removed.</source>
        <translation>
            <numerusform>The audit trail has gaps: its entries %1 to %2 should be %3, but %n is there. Entries were removed.</numerusform>
            <numerusform>The audit trail has gaps: its entries %1 to %2 should be %3, but %n are there. Entries were removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The folder recordings/ is missing: none of the %n recording(s) has its file.</source>
        <translation>
            <numerusform>The folder recordings/ is missing: the file of its %n recording is gone too.</numerusform>
            <numerusform>The folder recordings/ is missing: none of the %n recordings has its file.</numerusform>
        </translation>
    </message>
    <message>
        <source>its row names no file of recordings/: the row was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing from recordings/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes where its row gives %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in recordings/ without a row: an import was cut short, or register.db is older than the recordings.</source>
        <translation>
            <numerusform>%n file in recordings/ without a row: an import was cut short, or register.db is older than the recordings.</numerusform>
            <numerusform>%n files in recordings/ without a row: an import was cut short, or register.db is older than the recordings.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recordings cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln recording(s) have a missing or damaged file.</source>
        <translation>
            <numerusform>%Ln recording has a missing or damaged file.</numerusform>
            <numerusform>%Ln recordings have a missing or damaged file.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first is the recording of call %1 (recording %2, file recordings/%3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording of call %1 (recording %2, file recordings/%3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterProfile</name>
    <message>
        <source>is not a field of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at least one entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have a Finnish (&quot;fi&quot;) or an English (&quot;en&quot;) text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid business ID (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid e-mail address (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data_subjects is missing: the notice names callers, chat users and the people customer service calls as the data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is 0 (no fixed period) but %2 does not say how the period is determined; the notice must state it (GDPR art. 13(2)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not shown in the notice: %2 is a fixed period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 when hold_reasons is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or at least the longest retention period (1 month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or at least the longest retention period (%1 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (needed when %1 is true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be left out when %1 is false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time zone this system knows (an IANA name such as Europe/Helsinki)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a region code with a known numbering plan (two capital letters of ISO 3166-1, such as FI or SE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed: %1 is 0 (no fixed period), so the notice must say how the period is determined (GDPR art. 13(2)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a criterion: say what decides how long the data is kept, e.g. an event and a time after it (GDPR art. 13(2)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large for a register profile: %1 bytes, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterService</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; a new register needs an empty or new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be moved into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has no recovery slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not repaired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantine/%1 exists already; try again in a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files were gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without a row moved to %1/ (nothing was deleted)</source>
        <translation>
            <numerusform>%n file without a row moved to %1/ (nothing was deleted)</numerusform>
            <numerusform>%n files without a row moved to %1/ (nothing was deleted)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only administrators may verify the register (&apos;tallenne-admin verify&apos;); your roles (%1) do not allow it. Ask an administrator to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded as lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder recordings/ itself is missing; put it back (is its disk mounted?) and run verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as lost: the call keeps its details, marked &quot;recording lost&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) whose file was missing recorded as lost (their calls keep their details)</source>
        <translation>
            <numerusform>%n recording whose file was missing recorded as lost (its call keeps its details)</numerusform>
            <numerusform>%n recordings whose file was missing recorded as lost (their calls keep their details)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other problem(s)</source>
        <translation>
            <numerusform>%n other problem</numerusform>
            <numerusform>%n other problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterVerifier</name>
    <message>
        <source>SQLCipher %1, profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cipher profile marker cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is &quot;%1&quot;, not the pinned &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its HMAC does not verify: the page was damaged or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file ends %n byte(s) into a page: it was cut short or extended.</source>
        <translation>
            <numerusform>The file ends %n byte into a page: it was cut short or extended.</numerusform>
            <numerusform>The file ends %n bytes into a page: it was cut short or extended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), each with a verified HMAC</source>
        <translation>
            <numerusform>%n page, each with a verified HMAC</numerusform>
            <numerusform>%n pages, each with a verified HMAC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n page(s) failed their HMAC check</source>
        <translation>
            <numerusform>%1 of %n page failed its HMAC check</numerusform>
            <numerusform>%1 of %n pages failed their HMAC check</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the database&apos;s structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA %1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of tables cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading every table and index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be read in full: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 not run past the damaged pages; %n table(s) or index(es) cannot be read in full</source>
        <translation>
            <numerusform>%1 not run past the damaged pages; %n table or index cannot be read in full</numerusform>
            <numerusform>%1 not run past the damaged pages; %n tables or indexes cannot be read in full</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 found problems; %n table(s) or index(es) cannot be read in full</source>
        <translation>
            <numerusform>%1 found problems; %n table or index cannot be read in full</numerusform>
            <numerusform>%1 found problems; %n tables or indexes cannot be read in full</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not run past the damaged pages; every table and index reads in full (the damage is in pages no table uses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s list of key slots cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register does not list this slot: it was added to keyslots.json from elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its version is %1 in keyslots.json and %2 in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its public key is not the one the register records: the slot was altered or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its seal tag does not verify under the register key: its sealed key, public key or wrapped identity was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slot without a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register lists this slot but keyslots.json has none: it was removed from the file, and its holder cannot log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user without a slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no recovery slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user slot(s), the recovery and the unattended slot</source>
        <translation>
            <numerusform>%n user slot, the recovery and the unattended slot</numerusform>
            <numerusform>%n user slots, the recovery and the unattended slot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user slot(s) and the recovery slot</source>
        <translation>
            <numerusform>%n user slot and the recovery slot</numerusform>
            <numerusform>%n user slots and the recovery slot</numerusform>
        </translation>
    </message>
    <message>
        <source>; each listed in the register with its public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n with a verified seal tag</source>
        <translation>
            <numerusform>, %n with a verified seal tag</numerusform>
            <numerusform>, %n with a verified seal tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n slot(s) written before seal tags: each is checked in full when its holder logs in, and the next rekey tags it</source>
        <translation>
            <numerusform>; %n slot written before seal tags: each is checked in full when its holder logs in, and the next rekey tags it</numerusform>
            <numerusform>; %n slots written before seal tags: each is checked in full when its holder logs in, and the next rekey tags it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with the key slots</source>
        <translation>
            <numerusform>%n problem with the key slots</numerusform>
            <numerusform>%n problems with the key slots</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The folder recordings/ is missing: none of the %n recording(s) has its file.</source>
        <translation>
            <numerusform>The folder recordings/ is missing: the file of its %n recording is gone too.</numerusform>
            <numerusform>The folder recordings/ is missing: none of the %n recordings has its file.</numerusform>
        </translation>
    </message>
    <message>
        <source>no recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) checked for presence and size (--quick: their contents were not read)</source>
        <translation>
            <numerusform>%n recording checked for presence and size (--quick: its contents were not read)</numerusform>
            <numerusform>%n recordings checked for presence and size (--quick: their contents were not read)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n authenticated with their own key (every chunk and the audio&apos;s SHA-256; the file&apos;s digest where the row keeps one)</source>
        <translation>
            <numerusform>%n authenticated with their own key (every chunk and the audio&apos;s SHA-256; the file&apos;s digest where the row keeps one)</numerusform>
            <numerusform>%n authenticated with their own key (every chunk and the audio&apos;s SHA-256; the file&apos;s digest where the row keeps one)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compared with the digest their row keeps (your login holds no recordings key)</source>
        <translation>
            <numerusform>%n compared with the digest their row keeps (your login holds no recordings key)</numerusform>
            <numerusform>%n compared with the digest their row keeps (your login holds no recordings key)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked for presence and size only: written before file digests were kept, and your login holds no recordings key</source>
        <translation>
            <numerusform>%n checked for presence and size only: written before file digests were kept, and your login holds no recordings key</numerusform>
            <numerusform>%n checked for presence and size only: written before file digests were kept, and your login holds no recordings key</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n recording</numerusform>
            <numerusform>%n recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recording(s) failed their check</source>
        <translation>
            <numerusform>%1 of %n recording failed its check</numerusform>
            <numerusform>%1 of %n recordings failed their check</numerusform>
        </translation>
    </message>
    <message>
        <source>No recording&apos;s row names this file: an import cut short left it, or the database is older than the recordings folder (rolled back). It is evidence: verify --repair moves it to quarantine/, nothing deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in recordings/ without a row</source>
        <translation>
            <numerusform>%n file in recordings/ without a row</numerusform>
            <numerusform>%n files in recordings/ without a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) of purged recordings wait for the next purge to remove them (their keys are gone)</source>
        <translation>
            <numerusform>; %n file of a purged recording waits for the next purge to remove it (its key is gone)</numerusform>
            <numerusform>; %n files of purged recordings wait for the next purge to remove them (their keys are gone)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; checked against: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register.db is older than keyslots.json and recordings/: keyslots.json names audit entry %1, the register&apos;s trail ends at entry %2. The database was put back to an older copy, or its write-ahead log was lost; the problems below marked &quot;after the rollback&quot; follow from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register.db is not the one keyslots.json was last written with: keyslots.json names audit entry %1 as it was written, and the register holds another entry there. The database was put back to an older copy (and used since), or its write-ahead log was lost; the problems below marked &quot;after the rollback&quot; follow from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the rollback: the older register.db does not list this slot, which was added after that copy was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the rollback: its version is %1 in keyslots.json and %2 in the older register.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key derivation parameters (%1 passes, %2 KiB) are not ones this program writes: the slot was altered or damaged, and it no longer opens with its holder&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the rollback: the older register.db lists this slot, which was removed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for files without a row in recordings/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the rollback: a recording written after the older register.db&apos;s copy, which has no row for it. It is evidence: verify --repair moves it to quarantine/, nothing deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup of the whole register folder if one is newer. verify --repair moves the newer files without a row to quarantine/ (evidence: nothing is deleted); the lost entries stay reported, as the audit trail&apos;s witnesses remember them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestRepository</name>
    <message>
        <source>Storing a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what was found for a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing what was found for a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing what a request covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 has no %2 %3 among what was found for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading earlier requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Quality manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleRepository</name>
    <message>
        <source>Finding calls and chats to sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleSpec</name>
    <message>
        <source>Choose the first and the last day of the sample, the last not before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample covers at most %1 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw 1 to %1 per agent per week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample calls, chats or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The direction is inbound, outbound or internal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortest duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamplingService</name>
    <message>
        <source>Nothing matches the sample&apos;s filter in those weeks: no call or chat to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sample %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreBreakdown</name>
    <message>
        <source>%1 of %2 weighted points = %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score yet: no criterion is answered with points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable, weight removed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical criterion failed: %1 — the score is 0 (it would be %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer not allowed for the criterion, not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet: %n criterion(s)</source>
        <translation>
            <numerusform>Not answered yet: %n criterion</numerusform>
            <numerusform>Not answered yet: %n criteria</numerusform>
        </translation>
    </message>
    <message>
        <source>A comment is needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark %1 %: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark %1 %: not passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardDefinition</name>
    <message>
        <source>this field is not part of the scorecard format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale must be &quot;yes_no&quot; or &quot;one_to_five&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment rule must be &quot;optional&quot;, &quot;on_fail&quot; or &quot;always&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for a scorecard: %1 bytes, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: the file is not valid JSON (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a Tallenne scorecard (the format must be &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this version of Tallenne reads format version %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scorecard has at most %1 sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the description must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pass mark must be from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scorecard must have at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scorecard has at most %1 criteria in all; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section must have at least one criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id must be 1 to 64 characters of a-z, 0-9, _ and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guidance must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight must be more than 0 and at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment needed on a failed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment always needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardEditor</name>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mar&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ections and criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert adds a criterion, Shift+Insert a section; Delete removes; Alt+Up and Alt+Down (or Ctrl+Up and Ctrl+Down) move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a section or a criterion to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable within the scorecard: a-z, 0-9, _ and -. Made from the title when left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;uidance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wei&amp;ght:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment re&amp;quired:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Not applica&amp;ble” allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ritical: fails the whole evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered with its lowest answer (“no”, or 1), this criterion makes the score 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>Scorecards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardRepository</name>
    <message>
        <source>Creating a scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a scorecard version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring a scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a scorecard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardService</name>
    <message>
        <source>Version %1 of scorecard %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already is a scorecard called &quot;%1&quot;. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scorecard %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scorecard version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There already are too many scorecards called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard %1 has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedFieldReader</name>
    <message>
        <source>A sealed value of the register does not open: it was altered, moved, or sealed to another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sealed key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key sealed to you does not open: it was altered or sealed to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedFieldWriter</name>
    <message>
        <source>Locked memory for a key could not be had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s public key of a capability is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention and holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts for this user name. Try again in %n second(s), at %1.</source>
        <translation>
            <numerusform>Too many failed attempts for this user name. Try again in %n second, at %1.</numerusform>
            <numerusform>Too many failed attempts for this user name. Try again in %n seconds, at %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a key slot but no user record: keyslots.json and the register do not belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: your roles do not allow this (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That was too many failed attempts for this user name: the next try is possible in %n second(s), at %1.</source>
        <translation>
            <numerusform>That was too many failed attempts for this user name: the next try is possible in %n second, at %1.</numerusform>
            <numerusform>That was too many failed attempts for this user name: the next try is possible in %n seconds, at %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unattended purge is not enabled for this register; an administrator enables it with &apos;tallenne-admin unattended enable&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your capability keys could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login could not be written to the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the operation %1 is not declared with the permission it is checked against. This is a defect of Tallenne; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register.db is missing or empty: restore it from the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register.db is damaged: its size (%1 bytes) is not a whole number of %2-byte pages, so it was cut short or extended. Your password opened your key slot, so the key is right. Restore register.db from the latest backup; &apos;tallenne-admin verify&apos; cannot log in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register.db does not open with the key keyslots.json gives, and none of its %1 pages verifies under it: register.db and keyslots.json do not belong together (one of them was put back from another time or another register). Restore both from the same backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register.db is damaged: its first page (the database header) fails its check under the register key, while %1 of its %2 pages verify, so the key is right and the file is not. Restore register.db from the latest backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectExportService</name>
    <message>
        <source>Unable to read the register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register has no profile: the copy&apos;s report and its ways of delivery come from it. Set one with &apos;profile set&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register profile does not allow handing a copy over this way (%1); it allows: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no way at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is for %2, not for a copy: open an access or portability request for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectFinderPanel</name>
    <message>
        <source>Find &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectRepository</name>
    <message>
        <source>Adding a data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identifier cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding an identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding a data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a data subject&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data subject %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricting a data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectRightsService</name>
    <message>
        <source>Request %1 is a request of kind &quot;%2&quot;; this needs a request of kind: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject %1 is not included in request %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new value must be one line of at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new %1 is the same as the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectifying needs the identifier and lookup keys, which have not reached you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject %1 has no such %2: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overriding an objection needs the compelling legitimate grounds that override the person&apos;s interests, rights and freedoms (GDPR art. 21(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grounds have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal hold %1 (%2, case %3) until %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a legal duty to keep it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An erased recording&apos;s file could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectService</name>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding a person needs the lookup key, which has not reached you yet: it is sealed to you at the next login of someone who holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tag a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should a trainee notice here? Do not write the caller&apos;s personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes, seconds and tenths from the start of the call, e.g. 1:05.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a label, or type a new one to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;playlist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new playlist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagListPanel</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter edits the selected tag; Delete deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;y tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New la&amp;bel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playlist to add the tag to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to playlist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>Storing a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing a tag label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming a tag label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a tag label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading tag labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a tag label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagService</name>
    <message>
        <source>There is no call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a start before its end (%1 ms – %2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag label %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change only your own tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label has 1 to 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a label called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a personal identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bank account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a business ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note seems to hold %1. Trainees and quality managers read notes: write what to notice in the call, not who called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording of call %1 lasts %2 ms; a tag cannot end after it (%3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 has no recording: a tag marks a range of a recording.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The users table cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A user name has 1 to 64 letters, digits, dots, underscores or hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last administrator cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last administrator must stay an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot of %1 was changed by another session meanwhile; the password was not changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register does not know the key slot identity of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Locked memory for a key could not be had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot of %1 was altered: its public key does not match its secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed key of slot %1 has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed key of slot %1 does not open: keyslots.json was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is bound to another workstation: this machine&apos;s keychain does not hold its secret. An administrator can bind it here with &apos;tallenne-admin rebind&apos; and the recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key identity could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key identity could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json was altered: key slot %1 holds an identity this register does not know. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json was altered: it says the register is not bound to a workstation (binding.enabled is false), but the key slot of %1 is bound. Restore keyslots.json from a backup; &apos;tallenne-admin verify&apos; lists what else differs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WavHeader</name>
    <message>
        <source>the WAV data chunk comes before its format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV format chunk is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WAV chunk before the audio has no size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV file has no data chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WAV file has no format chunk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaveformAnalyzer</name>
    <message>
        <source>The recording is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audio found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaveformPeakCache</name>
    <message>
        <source>Unable to read cached waveform peaks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to cache the waveform peaks: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkstationKeychain</name>
    <message>
        <source>No OS keychain is reachable (QtKeychain error %1: %2). Tallenne keeps the workstation secret in the Secret Service (GNOME Keyring or KWallet) on the D-Bus session bus. Log in to a desktop session, or start one with dbus-run-session and unlock gnome-keyring-daemon, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain refused access (QtKeychain error %1: %2). Unlock the keyring (in GNOME Keyring or KWallet) and allow Tallenne to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s). Tallenne keeps the workstation secret in the Secret Service (GNOME Keyring or KWallet) on the D-Bus session bus. Check that the keyring daemon is running and unlocked (an unlock prompt may be waiting on the desktop), then try again.</source>
        <translation>
            <numerusform>The OS keychain did not answer within %n second. Tallenne keeps the workstation secret in the Secret Service (GNOME Keyring or KWallet) on the D-Bus session bus. Check that the keyring daemon is running and unlocked (an unlock prompt may be waiting on the desktop), then try again.</numerusform>
            <numerusform>The OS keychain did not answer within %n seconds. Tallenne keeps the workstation secret in the Secret Service (GNOME Keyring or KWallet) on the D-Bus session bus. Check that the keyring daemon is running and unlocked (an unlock prompt may be waiting on the desktop), then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The OS keychain can only be used from the application&apos;s main thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain of this workstation holds no secret for this register (entry %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No locked memory is left for a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation secret in the OS keychain (entry %1) is %2 bytes instead of %3; it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::AdminPanel</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A waiting key reaches this user when someone who holds it next logs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold keys your roles do not carry (identifiers, lookup, recordings). A privacy officer holds them now: hand yours over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold every key until a privacy officer does. Add one; then hand your keys over here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up your copies of the identifier, lookup and recordings keys? Each is rotated: you will no longer open phone numbers, names, transcripts or recordings, and the copies you held open nothing sealed from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over. You now hold the register key only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users of the register, their roles and the keys they hold. Select a user to change their roles or password or to remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now holds the identifier, lookup and recordings keys. Your roles do not carry them: hand your copies over below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the roles of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of %1 and rotated the keys they hold and the register key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their new key slot waits for %1: it is sealed to them at the next login of a user who holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Their key slot is deleted and every key they held is rotated; they can no longer log in. Their audit entries stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and deleted their key slot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::AudioEngine</name>
    <message>
        <source>The recording cannot be played: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::AuditTrailModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::AuditTrailPanel</name>
    <message>
        <source>consistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradicts the trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ve&amp;rify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see the entries you wrote yourself: a privacy officer reads the audit trail of their own work. The whole trail and its verification are for administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 is not in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has not been verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%Ln problem(s) in all)</source>
        <translation>
            <numerusform>(%Ln problem in all)</numerusform>
            <numerusform>(%Ln problems in all)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the anchor in keyslots.json could be checked: a cut tail or a rolled-back register would not show. Keep a signed head (tallenne-admin audit head) and check against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to %1.</source>
        <translation>
            <numerusform>Exported %Ln entry to %1.</numerusform>
            <numerusform>Exported %Ln entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. login or purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any part of the action&apos;s code, such as purge for retention.purge: the code of a row is its tooltip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. call:42 (call 42) or call (all calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was purged on the audit trail&apos;s retention period: the trail now starts at entry %2, after a signed checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::CalibrationPanel</name>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calibrations yet. Start one with New calibration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calibrations yet. Quality managers start them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;librations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w calibration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your own evaluation in the selected calibration on the Evaluate tab (also Enter or a double click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the calibration once two reviewers or more have submitted: no more answers, and everyone sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In scorecard o&amp;rder (else the widest spread first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call or chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per criterion and reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a calibration to see who has scored it and, once it is closed, where the reviewers differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Open, %n submitted</source>
        <translation>
            <numerusform>Open, %n submitted</numerusform>
            <numerusform>Open, %n submitted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) still scoring.</source>
        <translation>
            <numerusform>%n reviewer still scoring.</numerusform>
            <numerusform>%n reviewers still scoring.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers are shown to everyone when the calibration is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed by %1 on %2, %n submitted.</source>
        <translation>
            <numerusform>Closed by %1 on %2, %n submitted.</numerusform>
            <numerusform>Closed by %1 on %2, %n submitted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest minus smallest share of the criterion&apos;s points, in percentage points: 0 is full agreement, 100 the widest difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, N/A mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some reviewers found this criterion not applicable and others answered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total scores: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They lie %1 percentage points apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration of %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration closed: the answers are shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration %1: %2 on the scorecard &quot;%3&quot; (version %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can be closed once two reviewers have submitted; then the answers are shown to everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close calibration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close calibration %1? Every reviewer&apos;s answers are shown to all, and no one can answer or change them any more. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::CallListModel</name>
    <message>
        <source>Processing of this record is restricted (GDPR art. 18).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg %1 of %2 of a call that was transferred or forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::CallsPanel</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 040 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this record is restricted (GDPR art. 18).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats of the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg %1 of %2 of a transferred call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 s, recording: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) match</source>
        <translation>
            <numerusform>%Ln call match</numerusform>
            <numerusform>%Ln calls match</numerusform>
        </translation>
    </message>
    <message>
        <source>No calls match the filter. Widen the dates or press Reset to see all calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls yet. An administrator imports Asterisk call records with File → Import Asterisk calls, or tallenne-admin import asterisk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the recording in the player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Enter or Space in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the filter (the phone number is not saved):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the selected call on a scorecard, beside its player (Quality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 calls match; counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call number (as the player, a note or &apos;tallenne-admin&apos; names it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no call %1 among the calls you can see.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::ChatsPanel</name>
    <message>
        <source>a word or words, e.g. päätös</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>%Ln message found</numerusform>
            <numerusform>%Ln messages found</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chats yet. An administrator imports chat transcripts with File → Import chats, or tallenne-admin import chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat contains these words. Try fewer words, or press Latest chats to see the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to search for: letters or digits. Latest chats shows the newest chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat within the filter contains these words. Try fewer words or widen the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat matches the filter. Widen the dates or choose Any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one word to search for (letters or digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found, %1 shown: scroll down for more</source>
        <translation>
            <numerusform>%Ln message found, %1 shown: scroll down for more</numerusform>
            <numerusform>%Ln messages found, %1 shown: scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s), the latest %1 shown: scroll down for more</source>
        <translation>
            <numerusform>%Ln chat, the latest %1 shown: scroll down for more</numerusform>
            <numerusform>%Ln chats, the latest %1 shown: scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln chat</numerusform>
            <numerusform>%Ln chats</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate this chat on a scorecard, beside its transcript (Quality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages shown, the newest first; counting them all…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::EvaluationForm</name>
    <message>
        <source>Open the recording first: the pin takes the player&apos;s position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message in the transcript first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play from the pinned moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the pinned message in the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical: its lowest answer makes the score 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment needed on a failing answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment always needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to selected message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties the comment to the player&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ties the comment to the message selected in the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the pin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::EvaluationPanel</name>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an evaluation on the left, or select a call or a chat in Calls or Chats and press Evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an evaluation on the left to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scor&amp;ecard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your draft on the scorecard, or starts one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier revisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the submitted evaluation, giving a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted, revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted, critical failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change to the evaluation of %1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change to the evaluation of %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft of %1 was saved before the next one opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft of %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1: %2, changed by %3 on %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scorecard and press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing revision %1 — pass mark %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — pass mark %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by %1 (revision %2) — pass mark %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the answers, then press Save revision: the earlier revision is kept with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration %1, your draft: the other reviewers do not see your answers until it is closed — pass mark %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration %1, submitted by %2 — pass mark %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your draft of %1 and its answers? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;iscard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discards your draft: deletes it and its answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel c&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the submitted evaluation as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers so far are saved in the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was cancelled: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::HoldDialog</name>
    <message>
        <source>New legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;vers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;se reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 under the register profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number (id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+358 40 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest hold this register allows ends on %1. Choose that day or an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day cannot be in the past: choose %1 or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::HoldsPanel</name>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;released holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rel&amp;ease…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended, lifted at the next purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal holds in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register profile allows no legal holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register profile has been set: it names the reasons a legal hold may be placed for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold %1 placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release legal hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold %1 released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal hold %1 covers %2 (case %3, %4), last day %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the hold released (optional; kept with the hold and in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::ImportDialog</name>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk call records (Master.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Asterisk calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asterisk&apos;s cdr_csv file (Master.csv, or an account&apos;s file) and, if you have them, the folder of the recordings (MixMonitor&apos;s monitor folder; subfolders are searched). Rows already in the register are skipped, so the same file can be imported again as it grows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chats file in JSON Lines, one chat per line (docs/import-formats.md). Chats already in the register are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell from each row (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the register profile (FI unless set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone; choose one such as Europe/Helsinki.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region is two letters, such as FI or SE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the file had a bad row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the rows read until then are in the register; import the file again to continue (rows already there are skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings: %1 attached (%2 with a repaired header), %3 attached to calls imported before, %4 still being written (import again later), %5 answered calls without a file, %6 unusable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to data subjects: %1 (%2 new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1. Imported: %2. Already in the register: %3. Refused: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layouts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is locking: stopping after this row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the lock: the rows read until then are in the register; after unlocking, import the file again to continue (rows already there are skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), %1 per second</source>
        <translation>
            <numerusform>%Ln row, %1 per second</numerusform>
            <numerusform>%Ln rows, %1 per second</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 columns (%2): %Ln row(s)</source>
        <translation>
            <numerusform>%1 columns (%2): %Ln row</numerusform>
            <numerusform>%1 columns (%2): %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tallenne::LoginDialog</name>
    <message>
        <source>Log in with your Tallenne user name and password. The register stays encrypted until you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallenne is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Tallenne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was locked. Enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the register folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a register folder: it holds register.db and keyslots.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Tallenne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::MainWindow</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallenne — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tallenne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tallenne %1&lt;/h3&gt;&lt;p&gt;The register of recorded calls and chat transcripts: browse, listen, review and answer people&apos;s requests about their data.&lt;/p&gt;&lt;p&gt;The register is encrypted with SQLCipher; each user&apos;s key slot is protected with Argon2id and XChaCha20-Poly1305 (libsodium).&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped by the lock after %1 rows; those rows are in the register. Import the same file again to continue: the rows already there are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s key was changed by an administrator (a user was removed or keys were rotated), so the console was locked. Your password opens it with the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallenne — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallenne — logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging data past its retention period: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recordings cannot be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is not as it was left. Run &apos;tallenne-admin verify&apos; on this workstation to see everything that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;tallenne-admin verify --repair&apos; moves the files without a row to quarantine/ (nothing is deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording whose file is lost for good is settled with &apos;tallenne-admin verify --repair --record-lost&apos; (restore it from a backup first if one has it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is not as it was left. Tell an administrator: they check it with &apos;tallenne-admin verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell an administrator what is listed here: they check the register with &apos;tallenne-admin verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can go on working with what the register holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::NewCalibrationDialog</name>
    <message>
        <source>New calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers score the same call or chat on the same scorecard without seeing each other&apos;s answers. When it is closed, the console shows where they differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;corecard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no scorecard to calibrate on: make one on the Scorecards tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in &quot;Call 123&quot; in its details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a request for the person at the counter or for a request that came in. The person is looked up at once; you see what was found, and why, before anything is handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person &amp;asks for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Came in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find the person by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 040 123 4567 or +358 40 123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. maija.virtanen@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1761337-2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::NoticeViewer</name>
    <message>
        <source>Privacy notice in Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the privacy notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the privacy notice as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::PlayerPanel</name>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles do not allow playing recordings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output device: playback is not possible on this machine. The waveform is still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a range first: drag over the waveform, or press [ and ] at the playhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waveform cannot be drawn (%1); the recording still plays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output device: playback is not possible on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a range first to loop it: drag over the waveform, or press [ and ] at the playhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell an administrator: they check the register with &apos;tallenne-admin verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording of call %1 cannot be played.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::PlaylistPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1, %2 – %3: %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playlist has been played to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the playlist %1? Its tags stay in the tag list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No playlists yet. Select a moment of a call in the player, tag it and add it to a new playlist; or press New.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No playlists yet. Trainers make them from tagged moments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a playlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This playlist has no clips yet. Add tags to it from the tag list or when you tag a moment in the player.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This playlist has no clips yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::ProfileEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call details (time, duration, numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo ID in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong electronic identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Finnish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fixed period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heading of the privacy notice, e.g. &quot;Customer service call register&quot;. One language may be left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the notice was last changed, as YYYY-MM-DD; the notice shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where phone numbers written without a country code are from: two capital letters such as FI or SE. Empty: FI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company or organisation responsible for the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Finnish business ID, e.g. 1234567-1; the check digit is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller&apos;s postal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller&apos;s switchboard or customer service number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controller&apos;s general e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person for data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom data subjects contact about their data: the data protection officer if you have one, or a privacy officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where requests to see, correct or erase data are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes and legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the data is processed, one purpose a line; line N of the English box translates line N of the Finnish one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: explanation in Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: explanation in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each basis the processing rests on (GDPR art. 6) and explain it in the notice&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kinds of personal data the register holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data comes from, one source a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the data is disclosed to, one a line; may be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data is transferred outside the EU/EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How such transfers are protected (e.g. the Commission&apos;s standard contractual clauses). Needed when data is transferred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions or profiling are made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is decided automatically and what it means for the person. Needed when automated decisions are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings kept (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call details kept (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat transcripts kept (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds allowed for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons for which a record may be kept beyond its period. None: no legal holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest legal hold (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: as long as the reason lasts. Otherwise at least the longest retention period above; 0 when no reasons are ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights of the data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GDPR&apos;s one month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much longer a complex request may take: at most two months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a person who asks for their data proves who they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the copy of the data is given to the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the data is protected, one measure a line; may be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register profile (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile in force, set by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register profile has been set yet: fill in the form and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was changed elsewhere. Your unsaved changes are kept; discard them to see the profile in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON cannot be shown in the form until it is corrected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the field marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as the profile in force; the privacy notice was regenerated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as the profile in force; the privacy notice was regenerated and dated today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone whose calendar days retention periods and request deadlines are counted in, as an IANA name such as Europe/Helsinki. Empty: Europe/Helsinki.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the controller has designated a data protection officer (GDPR art. 37): the notice gives their contact details a section of their own. Leave the four fields empty otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose data the register holds, one group a line, e.g. &quot;Customers who call our customer service&quot;. The notice adds the agents, whose names and voices are recorded. Empty: a general sentence about callers and chat users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion for recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion for call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion for chat transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations and tags kept (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion for evaluations and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request records kept (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion for request records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail kept (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion for the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months after which the console erases the data (evaluations and tags, request records and the audit trail are kept by every register). 0 means no fixed period: the console does not erase the data, and the notice gives the criterion instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a period of 0: how the period is determined, e.g. &quot;deleted when the collection matter has ended and its claims are time-barred, at the latest six years after&quot;. &quot;As long as needed&quot; is not a criterion (GDPR art. 13(2)(a)).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::PurgePanel</name>
    <message>
        <source>Recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-request records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: legal hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept: restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why kept or not purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urge now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register profile has been set: there are no retention periods, and nothing is purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed period: kept as long as the profile&apos;s criterion says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds keep %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 under restriction of processing: the privacy officer lifts the restriction first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) past their retention period would be deleted now.</source>
        <translation>
            <numerusform>%Ln item past its retention period would be deleted now.</numerusform>
            <numerusform>%Ln items past their retention period would be deleted now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n legal hold(s) have ended and would be lifted.</source>
        <translation>
            <numerusform>%n legal hold has ended and would be lifted.</numerusform>
            <numerusform>%n legal holds have ended and would be lifted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The purge could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging what is past its retention period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge stopped: %1 What was deleted stays deleted; the next purge finishes the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register profile has been set: nothing was purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Purge done: %Ln item(s) past their retention period deleted.</source>
        <translation>
            <numerusform>Purge done: %Ln item past its retention period deleted.</numerusform>
            <numerusform>Purge done: %Ln items past their retention period deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended legal hold(s) lifted.</source>
        <translation>
            <numerusform>%n ended legal hold lifted.</numerusform>
            <numerusform>%n ended legal holds lifted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data subjects without calls or chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept under a legal hold or restriction of processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their identifiers go with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file was last compacted on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file has not been compacted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of deleted rows (already overwritten) will be given back by the next purge from the command line or the daily timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge done: nothing was past its retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space is free in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags on recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With them, %n calibration(s) left without evaluations.</source>
        <translation>
            <numerusform>With them, %n calibration left without evaluations.</numerusform>
            <numerusform>With them, %n calibrations left without evaluations.</numerusform>
        </translation>
    </message>
    <message>
        <source>The purge did not run: the register failed its checks at login. The Purge tab says why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::QtAudioSink</name>
    <message>
        <source>no audio output device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio output cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::QualityPage</name>
    <message>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampling queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::QualityReportPanel</name>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unti&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the report of these days (Enter in any field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria most often missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed / answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call or chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the days, the period, an agent or a queue, then Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was evaluated from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was evaluated from %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitted evaluation of a call or chat of these days. Choose other days, another agent or another queue, then Show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2: %L3 evaluations, average score %4, critical-failure rate %5, pass rate %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, critical criterion failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the quality report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the quality report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a report first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the quality report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent the report to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::RequestActionsPanel</name>
    <message>
        <source>Handed over in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted to the person&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered electronically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ZIP with the data as JSON, a report in the person&apos;s language, their recordings and transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;strict processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift res&amp;triction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uphold: sto&amp;p processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the copy of request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy holds %1 data subject(s), %2 call(s) with %3 recording(s), %4 chat(s) and %5 tag(s); %6 item(s) excluded are left out. The information and the first copy are free of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handed over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: told to the person separately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase (AES-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is saved as %1 (%2 bytes%3). SHA-256 %4 is in the audit trail. Hand it over, then close the request with its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased for good: %1 data subject(s) with %2 identifier(s), %3 call(s) with %4 recording(s) and %5 tag(s) (%6 clip(s) leave coaching playlists), %7 chat(s) with %8 message(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure cannot be undone. Check what goes and what is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased: %1 data subject(s), %2 call(s) (%3 recording file(s) removed), %4 chat(s); %5 kept under a hold or duty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing is restricted: %1 data subject(s) and their records no longer reach quality review or training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restriction is lifted for %1 data subject(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectify for request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corrected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rectify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified; the value before and after is kept in the audit trail, readable only by privacy officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compelling legitimate grounds that override the person&apos;s interests (GDPR art. 21(1)); the person is told them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection is upheld: processing is restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection is overridden; the grounds are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ectify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override (&amp;grounds)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy with a passphrase is an AES-256 ZIP: it opens with 7-Zip, WinZip or `7z x`, not with the old `unzip`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::RequestDeskPanel</name>
    <message>
        <source>No requests yet. When a person asks for their data, open a request with New request (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open requests. Open one with New request (Ctrl+N); closed requests are shown with &quot;Show closed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a request for the person at the counter (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · possibly repetitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) shown.</source>
        <translation>
            <numerusform>%n request shown.</numerusform>
            <numerusform>%n requests shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n overdue.</numerusform>
            <numerusform>%n overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week.</source>
        <translation>
            <numerusform>%n due this week.</numerusform>
            <numerusform>%n due this week.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::RequestDetailPanel</name>
    <message>
        <source>%1 is included again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is excluded: it will not be handed over or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Who was found, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found for the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find more by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another number, e-mail address or name of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Hand over or act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Deadline and closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome and reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was handed over or done; for a refusal, why, and that the person may complain to the Data Protection Ombudsman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request from the list, or open a new one for the person at the counter with New request (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the answer was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Possibly repetitive: the person made %n other request(s) in the 12 months before this one. The information and the first copy are always free; a fee or a refusal is possible only for a further copy or a manifestly unfounded or excessive request, decided case by case.</source>
        <translation>
            <numerusform>Possibly repetitive: the person made %n other request in the 12 months before this one. The information and the first copy are always free; a fee or a refusal is possible only for a further copy or a manifestly unfounded or excessive request, decided case by case.</numerusform>
            <numerusform>Possibly repetitive: the person made %n other requests in the 12 months before this one. The information and the first copy are always free; a fee or a refusal is possible only for a further copy or a manifestly unfounded or excessive request, decided case by case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier request(s) from this person in the last 12 months.</source>
        <translation>
            <numerusform>%n earlier request from this person in the last 12 months.</numerusform>
            <numerusform>%n earlier requests from this person in the last 12 months.</numerusform>
        </translation>
    </message>
    <message>
        <source>  · request %1, %2, received %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee is charged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due %1: overdue by %n day(s).</source>
        <translation>
            <numerusform>Due %1: overdue by %n day.</numerusform>
            <numerusform>Due %1: overdue by %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due %1: %n day(s) left.</source>
        <translation>
            <numerusform>Due %1: %n day left.</numerusform>
            <numerusform>Due %1: %n days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extended by %n month(s): %1</source>
        <translation>
            <numerusform>Extended by %n month: %1</numerusform>
            <numerusform>Extended by %n months: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the deadline by up to %n more month(s), with the reason the person is told, before the first month runs out (GDPR art. 12(3)).</source>
        <translation>
            <numerusform>Extend the deadline by up to %n more month, with the reason the person is told, before the first month runs out (GDPR art. 12(3)).</numerusform>
            <numerusform>Extend the deadline by up to %n more months, with the reason the person is told, before the first month runs out (GDPR art. 12(3)).</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadline can no longer be extended: an extension is decided within the first month, at most the profile&apos;s months in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity is verified: the copy and the changes the person asked for can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the person&apos;s identity first: nothing is handed over or changed before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked to data subject %1 (found by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caller&apos;s number is this %1, but the call is linked to no one: check it belongs to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found for this person yet: find them by another identifier below, or close the request saying that the register holds nothing about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last four characters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the document&apos;s number; never take a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method and &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bank ID, transaction 77-123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request&apos;s &amp;reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. letter 2026/14, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by %1 on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified. The register profile names no way to verify a requester&apos;s identity: an administrator sets it in the register profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified. Check the person&apos;s identity by one of the ways the register profile allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the identity was verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The deadline can be extended by up to %n more month(s) when the request is complex or there are many. Tell the person the reason within the first month.</source>
        <translation>
            <numerusform>The deadline can be extended by up to %n more month when the request is complex or there are many. Tell the person the reason within the first month.</numerusform>
            <numerusform>The deadline can be extended by up to %n more months when the request is complex or there are many. Tell the person the reason within the first month.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (the person is told):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline is extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 closed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) found and included.</source>
        <translation>
            <numerusform>%n new item found and included.</numerusform>
            <numerusform>%n new items found and included.</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ind more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verif&amp;y identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 (%2) · state: %3 · the person: %4 %5 · opened by %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::RetentionPanel</name>
    <message>
        <source>Register profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register profile (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register profile has been set yet: the retention periods are not defined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>as long as the purpose or the law requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Retention in force&lt;/b&gt;&lt;br&gt;Recordings: %1&lt;br&gt;Call details: %2&lt;br&gt;Chat transcripts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds allowed for: %1; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No legal holds allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1. Check it and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as the profile in force; the privacy notice was regenerated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check these: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate and &amp;save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile in force was changed by %1 while you were editing it here. Saving replaces it with the text below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a register profile (at most %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::ReviseDialog</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a submitted evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why is the evaluation changed? The reason is kept with the earlier revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::SamplePanel</name>
    <message>
        <source>No samples drawn yet. Set the filter above and press Draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No samples drawn yet. Quality managers draw them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a sample to see its items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To wee&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Per agent and week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;ats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest d&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat channe&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed, filter and register draw the same sample. Leave it empty for a random seed; the run shows the seed it used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out what is alread&amp;y evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dra&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a&amp;gain with this seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier &amp;runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items of the run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op&amp;en item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cali&amp;brate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts a calibration on the selected call or chat: several reviewers score it and see where they differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the selected call or chat, or open its evaluation (also Enter or a double click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call or chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the selected sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed is a whole number from 1 to 18446744073709551615, or empty for a random one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drew %Ln item(s).</source>
        <translation>
            <numerusform>Drew %Ln item.</numerusform>
            <numerusform>Drew %Ln items.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated, %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated yet: quality managers evaluate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s or longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chats on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per agent and week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls and chats with a submitted evaluation are not drawn. With this on, the same seed draws other items once some of its items have been evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws again with the selected sample&apos;s filter and seed: the same items, if the register has not changed and (when evaluated ones are left out) none of them has been evaluated since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n agent-week(s) there were fewer than %1 to draw from: all of them are in the queue.</source>
        <translation>
            <numerusform>In %n agent-week there were fewer than %1 to draw from: all of them are in the queue.</numerusform>
            <numerusform>In %n agent-weeks there were fewer than %1 to draw from: all of them are in the queue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matched the filter in these weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls and chats evaluated since the first draw are left out, so the queue can differ from it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::ScorecardEditor</name>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a failing answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Total weight %1 in %Ln criteria; a criterion&apos;s share of the score is its weight of the total.</source>
        <translation>
            <numerusform>Total weight %1 in %Ln criterion; a criterion&apos;s share of the score is its weight of the total.</numerusform>
            <numerusform>Total weight %1 in %Ln criteria; a criterion&apos;s share of the score is its weight of the total.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria of this section weigh %1 of %2: %3 % of the score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1.%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::ScorecardPanel</name>
    <message>
        <source>This scorecard was changed elsewhere (now version %1). Your unsaved changes are kept: Save stores them over that change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired: offered for no new evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scorecard, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (latest) — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is an earlier version: it is shown read-only. Evaluations made on it keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only quality managers change scorecards: shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scorecard is retired: it is offered for no new evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the new scorecard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the scorecard “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new scorecard: Save creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved as a new version %1: the %n evaluation(s) made on version %2 keep it.</source>
        <translation>
            <numerusform>Saved as a new version %1: the %n evaluation made on version %2 keeps it.</numerusform>
            <numerusform>Saved as a new version %1: the %n evaluations made on version %2 keep it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecards (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1” from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported version %1 of “%2” to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired “%1”: it is offered for no new evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstated “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes are back: Save keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>used by %n evaluation(s), drafts and calibrations included</source>
        <translation>
            <numerusform>used by %n evaluation, drafts and calibrations included</numerusform>
            <numerusform>used by %n evaluations, drafts and calibrations included</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tallenne::SubjectFinderPanel</name>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person by what they tell you: a phone number, an e-mail address, a name, a personal identity code or a business ID, written any way they write it. You see their calls and chats together; check each before anything is handed over. Every search and every record you open is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 040 111 2241</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls from this number that are linked to no person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (processing restricted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, recording: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, leg %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this person&apos;s data is restricted (GDPR art. 18).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These calls came from the number searched, but no person in the register is linked to them (several people share the number). Check them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, agent %2, %3 s, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click the call to play its recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the register has this phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the register has this e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the register has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the register has this personal identity code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the register has this business ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the register has this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Person %1: %Ln call(s)</source>
        <translation>
            <numerusform>Person %1: %Ln call</numerusform>
            <numerusform>Person %1: %Ln calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln chat(s)</source>
        <translation>
            <numerusform>, %Ln chat</numerusform>
            <numerusform>, %Ln chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) found.</source>
        <translation>
            <numerusform>%Ln person found.</numerusform>
            <numerusform>%Ln persons found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tallenne::TagDialog</name>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New playlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the times as minutes and seconds, e.g. 1:05.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call lasts %1; the tag must end by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new playlist a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::TagListPanel</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1, %2 – %3, %4. Tagged by %5 on %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag %1 – %2 of call %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet. Open a call, select a moment on its waveform (drag, or [ and ]) and press Tag selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet. Trainers tag moments of calls for coaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? It is also removed from every playlist that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::UserDialog</name>
    <message>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, dots, underscores or hyphens; it is typed at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role decides what the user may do and which keys they hold: a privacy officer holds the identifier, lookup and recordings keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;rotate the keys the user holds and the register key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever was taken under the old password then opens nothing new. Everyone logged in must log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tallenne::WaveformWidget</name>
    <message>
        <source>Waveform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the waveform…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
