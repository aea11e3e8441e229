<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
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
        <source>The audit trail ends at entry %1, but entry %2 was written: the tail of the trail was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is not the entry that was written there: the trail was rewritten.</source>
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
        <source>The password is too short: it needs at least %1 characters. A few unrelated words make a good one.</source>
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
        <source>start the number with 0 (area code) or + or 00 (country code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the country code is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Finnish number has one 0 in front of the area code</source>
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
        <source>SQLCipher %1, profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot without user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user without slot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recovery slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user slot(s) and the recovery slot</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned file(s) in recordings/</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>Session</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts for this user name. Try again in %n second(s), at %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>&amp;Unlock</source>
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
</context>
<context>
    <name>tallenne::MainWindow</name>
    <message>
        <source>Lock the register: the key is wiped from memory until you enter your password again</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
</TS>
