<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AdminCli</name>
    <message>
        <source>tallenne-admin: %1</source>
        <translation>tallenne-admin: %1</translation>
    </message>
    <message>
        <source>Try &apos;tallenne-admin --help&apos;.</source>
        <translation>Katso &apos;tallenne-admin --help&apos;.</translation>
    </message>
    <message>
        <source>no register: give --register DIR</source>
        <translation>rekisteriä ei annettu: anna --register DIR</translation>
    </message>
    <message>
        <source>%1 is not a Tallenne register (register.db and keyslots.json are missing)</source>
        <translation>%1 ei ole Tallenne-rekisteri (register.db ja keyslots.json puuttuvat)</translation>
    </message>
    <message>
        <source>this command needs --user NAME</source>
        <translation>tämä komento vaatii valitsimen --user NAME</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Käyttäjän %1 salasana: </translation>
    </message>
    <message>
        <source>no password: give it on the first line of standard input with --password-stdin, or run in a terminal</source>
        <translation>salasanaa ei annettu: anna se vakiosyötteen ensimmäisellä rivillä valitsimen --password-stdin kanssa tai suorita komento päätteessä</translation>
    </message>
    <message>
        <source>Tallenne register administration.

Commands:
</source>
        <translation>Tallenne-rekisterin ylläpito.

Komennot:
</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>komentoa ei annettu</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>tuntematon komento &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 does not go with &apos;%2&apos;</source>
        <translation>valitsinta --%1 ei voi käyttää komennon &apos;%2&apos; kanssa</translation>
    </message>
    <message>
        <source>init needs --register DIR</source>
        <translation>init vaatii valitsimen --register DIR</translation>
    </message>
    <message>
        <source>init needs --admin NAME</source>
        <translation>init vaatii valitsimen --admin NAME</translation>
    </message>
    <message>
        <source>New administrator&apos;s password: </source>
        <translation>Uuden pääkäyttäjän salasana: </translation>
    </message>
    <message>
        <source>Created the register in %1.</source>
        <translation>Rekisteri luotiin kansioon %1.</translation>
    </message>
    <message>
        <source>Write down the recovery code and keep it somewhere safe. It is shown only once; it opens the register if every password is lost and binds it to a new workstation.</source>
        <translation>Kirjoita palautuskoodi muistiin ja säilytä se turvallisessa paikassa. Se näytetään vain kerran. Palautuskoodilla voi avata rekisterin, jos kaikki salasanat katoavat, ja sitoa rekisterin uuteen työasemaan.</translation>
    </message>
    <message>
        <source>demo needs --register DIR</source>
        <translation>demo vaatii valitsimen --register DIR</translation>
    </message>
    <message>
        <source>--calls and --chats take a whole number</source>
        <translation>valitsimien --calls ja --chats arvon on oltava kokonaisluku</translation>
    </message>
    <message>
        <source>user add needs a NAME</source>
        <translation>user add vaatii käyttäjätunnuksen (NAME)</translation>
    </message>
    <message>
        <source>user add needs at least one --role</source>
        <translation>user add vaatii vähintään yhden valitsimen --role</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (quality-manager, trainer, privacy-officer, administrator)</source>
        <translation>tuntematon rooli &apos;%1&apos; (quality-manager, trainer, privacy-officer, administrator)</translation>
    </message>
    <message>
        <source>Password for the new user %1: </source>
        <translation>Uuden käyttäjän %1 salasana: </translation>
    </message>
    <message>
        <source>the new user&apos;s password is missing: give it on the next line of standard input</source>
        <translation>uuden käyttäjän salasana puuttuu: anna se vakiosyötteen seuraavalla rivillä</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Käyttäjä %1 lisättiin (%2).</translation>
    </message>
    <message>
        <source>user remove takes one NAME</source>
        <translation>user remove vaatii täsmälleen yhden käyttäjätunnuksen (NAME)</translation>
    </message>
    <message>
        <source>Removed %1 and deleted their key slot.</source>
        <translation>Käyttäjä %1 ja hänen avainpaikkansa poistettiin.</translation>
    </message>
    <message>
        <source>user passwd takes one NAME</source>
        <translation>user passwd vaatii täsmälleen yhden käyttäjätunnuksen (NAME)</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Käyttäjän %1 uusi salasana: </translation>
    </message>
    <message>
        <source>the new password is missing: give it on the next line of standard input</source>
        <translation>uusi salasana puuttuu: anna se vakiosyötteen seuraavalla rivillä</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Käyttäjän %1 salasana vaihdettiin.</translation>
    </message>
    <message>
        <source>The register has a new data key; every key slot was re-sealed.</source>
        <translation>Rekisterille luotiin uusi tietojen salausavain, ja kaikki avainpaikat sinetöitiin uudelleen.</translation>
    </message>
    <message>
        <source>%1 is not a Tallenne register</source>
        <translation>%1 ei ole Tallenne-rekisteri</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Palautuskoodi: </translation>
    </message>
    <message>
        <source>the recovery code is missing: give it on standard input with --password-stdin</source>
        <translation>palautuskoodi puuttuu: anna se vakiosyötteessä valitsimen --password-stdin kanssa</translation>
    </message>
    <message>
        <source>The register is now bound to this workstation; users log in with their own passwords again.</source>
        <translation>Rekisteri on nyt sidottu tähän työasemaan; käyttäjät kirjautuvat taas omilla salasanoillaan.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n entries.</source>
        <translation>
            <numerusform>Tarkastusloki on eheä: %n merkintä.</numerusform>
            <numerusform>Tarkastusloki on eheä: %n merkintää.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation>Tarkastusloki ei ole eheä: %1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>Tarkastuslokia ei voi lukea: %1</translation>
    </message>
    <message>
        <source>The audit entry could not be written: %1</source>
        <translation>Tarkastuslokin merkintää ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <source>Entry %1 is missing: the chain jumps from %2 to %3.</source>
        <translation>Merkintä %1 puuttuu: ketju hyppää merkinnästä %2 merkintään %3.</translation>
    </message>
    <message>
        <source>Entry %1 appears out of order.</source>
        <translation>Merkintä %1 on väärässä järjestyksessä.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry was removed, inserted or reordered.</source>
        <translation>Merkintä %1 ei seuraa merkintää %2: merkintöjä on poistettu, lisätty tai järjestetty uudelleen.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>Merkintää %1 on muutettu sen kirjoittamisen jälkeen.</translation>
    </message>
    <message>
        <source>The audit trail ends at entry %1, but entry %2 was written: the tail of the trail was removed.</source>
        <translation>Tarkastusloki päättyy merkintään %1, mutta merkintä %2 on kirjoitettu: lokin loppuosa on poistettu.</translation>
    </message>
    <message>
        <source>Entry %1 is not the entry that was written there: the trail was rewritten.</source>
        <translation>Merkintä %1 ei ole se merkintä, joka siihen kirjoitettiin: loki on kirjoitettu uudelleen.</translation>
    </message>
</context>
<context>
    <name>BusinessId</name>
    <message>
        <source>the business ID is empty</source>
        <translation>Y-tunnus on tyhjä</translation>
    </message>
    <message>
        <source>a business ID is seven digits, a hyphen and a check digit</source>
        <translation>Y-tunnuksessa on seitsemän numeroa, väliviiva ja tarkistusnumero</translation>
    </message>
    <message>
        <source>no business ID has these seven digits</source>
        <translation>näillä seitsemällä numerolla ei ole olemassa Y-tunnusta</translation>
    </message>
    <message>
        <source>the check digit should be %1</source>
        <translation>tarkistusnumeron pitäisi olla %1</translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <source>the e-mail address is empty</source>
        <translation>sähköpostiosoite on tyhjä</translation>
    </message>
    <message>
        <source>an e-mail address has no spaces</source>
        <translation>sähköpostiosoitteessa ei voi olla välilyöntejä</translation>
    </message>
    <message>
        <source>an e-mail address has exactly one @</source>
        <translation>sähköpostiosoitteessa on täsmälleen yksi @-merkki</translation>
    </message>
    <message>
        <source>the part before @ is empty</source>
        <translation>@-merkkiä edeltävä osa on tyhjä</translation>
    </message>
    <message>
        <source>the part after @ should be a domain such as example.fi</source>
        <translation>@-merkin jälkeisen osan pitäisi olla verkkotunnus, kuten example.fi</translation>
    </message>
</context>
<context>
    <name>IdentityCode</name>
    <message>
        <source>the identity code is empty</source>
        <translation>henkilötunnus on tyhjä</translation>
    </message>
    <message>
        <source>an identity code has 11 characters</source>
        <translation>henkilötunnuksessa on 11 merkkiä</translation>
    </message>
    <message>
        <source>the first six characters should be the birth date DDMMYY</source>
        <translation>kuuden ensimmäisen merkin pitäisi olla syntymäaika muodossa PPKKVV</translation>
    </message>
    <message>
        <source>the seventh character should be a century sign (+, -, Y, X, W, V, U or A–F)</source>
        <translation>seitsemännen merkin pitäisi olla vuosisadan ilmaiseva välimerkki (+, -, Y, X, W, V, U tai A–F)</translation>
    </message>
    <message>
        <source>characters 8–10 should be the individual number</source>
        <translation>merkkien 8–10 pitäisi olla yksilönumero</translation>
    </message>
    <message>
        <source>the birth date does not exist</source>
        <translation>tällaista syntymäpäivää ei ole olemassa</translation>
    </message>
    <message>
        <source>the individual numbers 000 and 001 are not in use</source>
        <translation>yksilönumerot 000 ja 001 eivät ole käytössä</translation>
    </message>
    <message>
        <source>the check character should be %1</source>
        <translation>tarkistusmerkin pitäisi olla %1</translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>The key slot did not open: the password or code is wrong, the slot belongs to another workstation, or the slot was altered.</source>
        <translation>Avainpaikka ei auennut: salasana tai koodi on väärä, avainpaikka kuuluu toiselle työasemalle tai sitä on muutettu.</translation>
    </message>
    <message>
        <source>The unattended secret must be %1 bytes.</source>
        <translation>Valvomattoman käytön salaisuuden on oltava %1 tavua.</translation>
    </message>
    <message>
        <source>The key slot has no key derivation parameters.</source>
        <translation>Avainpaikasta puuttuvat avaimen johtamisen parametrit.</translation>
    </message>
    <message>
        <source>No locked memory is left for a key.</source>
        <translation>Lukittua muistia ei ole enää jäljellä avainta varten.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Salauskirjaston alustus epäonnistui.</translation>
    </message>
    <message>
        <source>The data key must be %1 bytes.</source>
        <translation>Tietojen salausavaimen on oltava %1 tavua.</translation>
    </message>
    <message>
        <source>A %1 key slot cannot have the id &quot;%2&quot;.</source>
        <translation>Avainpaikalla, jonka tyyppi on %1, ei voi olla tunnistetta &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A key slot version starts at 1.</source>
        <translation>Avainpaikan version on oltava vähintään 1.</translation>
    </message>
    <message>
        <source>A key slot needs the register id.</source>
        <translation>Avainpaikka tarvitsee rekisterin tunnisteen.</translation>
    </message>
    <message>
        <source>The workstation secret must be %1 bytes.</source>
        <translation>Työaseman salaisuuden on oltava %1 tavua.</translation>
    </message>
    <message>
        <source>The data key could not be sealed.</source>
        <translation>Tietojen salausavainta ei voitu sinetöidä.</translation>
    </message>
    <message>
        <source>This key slot is bound to a workstation; the secret kept in the OS keychain is needed to open it.</source>
        <translation>Tämä avainpaikka on sidottu työasemaan; sen avaamiseen tarvitaan käyttöjärjestelmän avainnippuun tallennettu salaisuus.</translation>
    </message>
    <message>
        <source>The key slot is incomplete.</source>
        <translation>Avainpaikka on puutteellinen.</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <source>&quot;%1&quot; is not user, recovery or unattended</source>
        <translation>&quot;%1&quot; ei ole user, recovery eikä unattended</translation>
    </message>
    <message>
        <source>not a valid id for a %1 slot</source>
        <translation>ei kelpaa tyypin %1 avainpaikan tunnisteeksi</translation>
    </message>
    <message>
        <source>an unattended slot uses no password derivation</source>
        <translation>valvomaton avainpaikka ei käytä salasanasta johdettua avainta</translation>
    </message>
    <message>
        <source>unknown algorithm &quot;%1&quot; (expected argon2id13)</source>
        <translation>tuntematon algoritmi &quot;%1&quot; (odotettiin argon2id13)</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>ei ole lista</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>yli %1 alkiota</translation>
    </message>
    <message>
        <source>%1 does not exist: this folder is not a Tallenne register, or its key slot file was removed.</source>
        <translation>%1 ei ole olemassa: kansio ei ole Tallenne-rekisteri, tai sen avainpaikkatiedosto on poistettu.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, far too large for a key slot file.</source>
        <translation>%1 on kooltaan %2 tavua, mikä on aivan liian suuri avainpaikkatiedostoksi.</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2)</source>
        <translation>virheellistä JSONia tavun %1 kohdalla (%2)</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>ylin taso ei ole JSON-objekti</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format this version reads (%2)</source>
        <translation>tämä versio ei osaa lukea muotoa &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>not a lower-case UUID</source>
        <translation>ei ole pienaakkosin kirjoitettu UUID</translation>
    </message>
    <message>
        <source>duplicate of slots[%1] (same kind and id)</source>
        <translation>kohteen slots[%1] kaksoiskappale (sama tyyppi ja tunniste)</translation>
    </message>
    <message>
        <source>empty user name</source>
        <translation>tyhjä käyttäjätunnus</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Tiedostoa %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The register id is not a lower-case UUID.</source>
        <translation>Rekisterin tunniste ei ole pienaakkosin kirjoitettu UUID.</translation>
    </message>
    <message>
        <source>The audit anchor hash is not 32 bytes.</source>
        <translation>Tarkastuslokin ankkurin tiiviste ei ole 32 tavua.</translation>
    </message>
    <message>
        <source>There is already a %1 key slot &quot;%2&quot;.</source>
        <translation>Avainpaikka &quot;%2&quot; (tyyppi %1) on jo olemassa.</translation>
    </message>
    <message>
        <source>There is no %1 key slot &quot;%2&quot;.</source>
        <translation>Avainpaikkaa &quot;%2&quot; (tyyppi %1) ei ole olemassa.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ei ole objekti</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>tuntematon kenttä</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>ei ole merkkijono</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>ei ole kokonaisluku</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 ei ole välillä %2–%3</translation>
    </message>
    <message>
        <source>not true or false</source>
        <translation>ei ole true eikä false</translation>
    </message>
    <message>
        <source>not valid base64 of %1 bytes</source>
        <translation>ei ole kelvollinen %1 tavun base64-koodaus</translation>
    </message>
    <message>
        <source>not %1 bytes of hexadecimal</source>
        <translation>ei ole %1 tavua heksadesimaalimuodossa</translation>
    </message>
    <message>
        <source>not a UTC time such as 2026-01-15T09:00:00Z</source>
        <translation>ei ole UTC-aika, kuten 2026-01-15T09:00:00Z</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to Tallenne</source>
        <translation>Kirjaudu sisään – Tallenne</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Rekisteri:</translation>
    </message>
    <message>
        <source>Register folder</source>
        <translation>Rekisterikansio</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;elaa…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Privacy &amp;notice</source>
        <translation>&amp;Tietosuojaseloste</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tallenne</source>
        <translation>Tallenne</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>L&amp;opeta</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Tallenne</source>
        <translation>&amp;Tietoja: Tallenne</translation>
    </message>
</context>
<context>
    <name>PasswordKdf</name>
    <message>
        <source>unknown key derivation algorithm %1; only Argon2id 1.3 is supported</source>
        <translation>tuntematon avaimen johtamisalgoritmi %1; vain Argon2id 1.3 on tuettu</translation>
    </message>
    <message>
        <source>Argon2id pass count %1 is outside %2–%3</source>
        <translation>Argon2id-kierrosten määrä %1 ei ole välillä %2–%3</translation>
    </message>
    <message>
        <source>Argon2id memory %1 bytes is outside %2 bytes–%3 bytes</source>
        <translation>Argon2id-muistin määrä %1 tavua ei ole välillä %2–%3 tavua</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Salauskirjaston alustus epäonnistui.</translation>
    </message>
    <message>
        <source>No password was given to the key derivation.</source>
        <translation>Avaimen johtamiselle ei annettu salasanaa.</translation>
    </message>
    <message>
        <source>The key derivation salt must be %1 bytes, not %2.</source>
        <translation>Avaimen johtamisen suolan on oltava %1 tavua, ei %2.</translation>
    </message>
    <message>
        <source>The derived key length %1 is outside %2–%3 bytes.</source>
        <translation>Johdetun avaimen pituus %1 ei ole välillä %2–%3 tavua.</translation>
    </message>
    <message>
        <source>No locked memory is left for a key.</source>
        <translation>Lukittua muistia ei ole enää jäljellä avainta varten.</translation>
    </message>
    <message>
        <source>The password key derivation needs %1 MiB of memory, which the system refused.</source>
        <translation>Avaimen johtaminen salasanasta vaatii %1 MiB muistia, mutta järjestelmä ei myöntänyt sitä.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password is too short: it needs at least %1 characters. A few unrelated words make a good one.</source>
        <translation>Salasana on liian lyhyt: siinä on oltava vähintään %1 merkkiä. Hyvän salasanan saa muutamasta toisiinsa liittymättömästä sanasta.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Browse calls and chats</source>
        <translation>Puheluiden ja chat-keskustelujen selaaminen</translation>
    </message>
    <message>
        <source>See phone numbers, names and identity codes</source>
        <translation>Puhelinnumeroiden, nimien ja henkilötunnusten näkeminen</translation>
    </message>
    <message>
        <source>Play recordings</source>
        <translation>Tallenteiden toistaminen</translation>
    </message>
    <message>
        <source>Play recordings within an access request</source>
        <translation>Tallenteiden toistaminen tarkastuspyynnön käsittelyssä</translation>
    </message>
    <message>
        <source>See tags and coaching playlists</source>
        <translation>Tunnisteiden ja valmennuksen soittolistojen näkeminen</translation>
    </message>
    <message>
        <source>Tag moments and manage coaching playlists</source>
        <translation>Kohtien merkitseminen tunnisteilla ja valmennuksen soittolistojen hallinta</translation>
    </message>
    <message>
        <source>See evaluations and quality reports</source>
        <translation>Arviointien ja laaturaporttien näkeminen</translation>
    </message>
    <message>
        <source>Evaluate on scorecards</source>
        <translation>Arviointilomakkeiden täyttäminen</translation>
    </message>
    <message>
        <source>Manage scorecards</source>
        <translation>Arviointilomakkeiden hallinta</translation>
    </message>
    <message>
        <source>Search by data subject and handle requests</source>
        <translation>Haku rekisteröidyn perusteella ja pyyntöjen käsittely</translation>
    </message>
    <message>
        <source>Export, rectify, restrict and erase a person&apos;s data</source>
        <translation>Henkilön tietojen vienti, oikaiseminen, käsittelyn rajoittaminen ja poistaminen</translation>
    </message>
    <message>
        <source>Manage legal holds</source>
        <translation>Oikeudellisten säilytysvelvoitteiden hallinta</translation>
    </message>
    <message>
        <source>Manage retention, the register profile and the notice</source>
        <translation>Säilytysaikojen, rekisteriprofiilin ja tietosuojaselosteen hallinta</translation>
    </message>
    <message>
        <source>Manage users and roles</source>
        <translation>Käyttäjien ja roolien hallinta</translation>
    </message>
    <message>
        <source>Read the audit trail of own requests</source>
        <translation>Omien pyyntöjen tarkastuslokin lukeminen</translation>
    </message>
    <message>
        <source>Read the audit trail</source>
        <translation>Tarkastuslokin lukeminen</translation>
    </message>
    <message>
        <source>Read the privacy notice</source>
        <translation>Tietosuojaselosteen lukeminen</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>the phone number is empty</source>
        <translation>puhelinnumero on tyhjä</translation>
    </message>
    <message>
        <source>a phone number has no letters</source>
        <translation>puhelinnumerossa ei voi olla kirjaimia</translation>
    </message>
    <message>
        <source>the parentheses in the phone number do not match</source>
        <translation>puhelinnumeron sulkeet eivät täsmää</translation>
    </message>
    <message>
        <source>the phone number has a character that does not belong</source>
        <translation>puhelinnumerossa on siihen kuulumaton merkki</translation>
    </message>
    <message>
        <source>there are no digits after +</source>
        <translation>+-merkin jälkeen ei ole numeroita</translation>
    </message>
    <message>
        <source>the phone number has no digits</source>
        <translation>puhelinnumerossa ei ole numeroita</translation>
    </message>
    <message>
        <source>start the number with 0 (area code) or + or 00 (country code)</source>
        <translation>numeron alussa pitää olla 0 (suuntanumero) tai + tai 00 (maatunnus)</translation>
    </message>
    <message>
        <source>the country code is missing</source>
        <translation>maatunnus puuttuu</translation>
    </message>
    <message>
        <source>a Finnish number has one 0 in front of the area code</source>
        <translation>suomalaisessa numerossa suuntanumeron edessä on yksi 0</translation>
    </message>
    <message>
        <source>the phone number is too short</source>
        <translation>puhelinnumero on liian lyhyt</translation>
    </message>
    <message>
        <source>the phone number is too long</source>
        <translation>puhelinnumero on liian pitkä</translation>
    </message>
</context>
<context>
    <name>RecordingCipher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Salauskirjaston alustus epäonnistui.</translation>
    </message>
    <message>
        <source>A recording key must be %1 bytes.</source>
        <translation>Tallenteen avaimen on oltava %1 tavua.</translation>
    </message>
    <message>
        <source>The recording could not be read: %1</source>
        <translation>Tallennetta ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The encrypted recording could not be written: %1</source>
        <translation>Salattua tallennetta ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <source>The recording file could not be read: %1</source>
        <translation>Tallennetiedostoa ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The file is not an encrypted Tallenne recording.</source>
        <translation>Tiedosto ei ole Tallenne-ohjelmalla salattu tallenne.</translation>
    </message>
    <message>
        <source>The recording key does not fit this file: it is the key of another recording, or the file header was altered.</source>
        <translation>Tallenteen avain ei sovi tähän tiedostoon: se on toisen tallenteen avain, tai tiedoston otsaketta on muutettu.</translation>
    </message>
    <message>
        <source>The recording file header is damaged.</source>
        <translation>Tallennetiedoston otsake on vioittunut.</translation>
    </message>
    <message>
        <source>The recording file is truncated: it ends after %1 chunks, without its final chunk.</source>
        <translation>Tallennetiedosto on katkennut: se päättyy %1 lohkon jälkeen ilman viimeistä lohkoaan.</translation>
    </message>
    <message>
        <source>Chunk %1 of the recording file is damaged or was altered.</source>
        <translation>Tallennetiedoston lohko %1 on vioittunut tai sitä on muutettu.</translation>
    </message>
    <message>
        <source>The recording file has data after its final chunk.</source>
        <translation>Tallennetiedostossa on tietoa viimeisen lohkonsa jälkeen.</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>No locked memory is left for a key.</source>
        <translation>Lukittua muistia ei ole enää jäljellä avainta varten.</translation>
    </message>
    <message>
        <source>Character %1 of the recovery code is not one of the digits and letters used in recovery codes.</source>
        <translation>Palautuskoodin %1. merkki ei ole mikään palautuskoodeissa käytetyistä numeroista ja kirjaimista.</translation>
    </message>
    <message>
        <source>A recovery code has %1 letters and digits (%2 groups of %3); this one has %4.</source>
        <translation>Palautuskoodissa on %1 kirjainta ja numeroa (%2 ryhmää, joissa kussakin %3); tässä on %4.</translation>
    </message>
</context>
<context>
    <name>RegisterService</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Kansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>%1 is not empty; a new register needs an empty or new folder.</source>
        <translation>Kansio %1 ei ole tyhjä; uusi rekisteri tarvitsee tyhjän tai uuden kansion.</translation>
    </message>
    <message>
        <source>The register could not be moved into %1.</source>
        <translation>Rekisteriä ei voitu siirtää kansioon %1.</translation>
    </message>
    <message>
        <source>The register has no recovery slot.</source>
        <translation>Rekisterillä ei ole palautuskoodin avainpaikkaa.</translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>Väärä palautuskoodi.</translation>
    </message>
    <message>
        <source>SQLCipher %1, profile %2</source>
        <translation>SQLCipher %1, profiili %2</translation>
    </message>
    <message>
        <source>cannot run</source>
        <translation>ei voida suorittaa</translation>
    </message>
    <message>
        <source>slot without user: %1</source>
        <translation>avainpaikka ilman käyttäjää: %1</translation>
    </message>
    <message>
        <source>user without slot: %1</source>
        <translation>käyttäjä ilman avainpaikkaa: %1</translation>
    </message>
    <message>
        <source>no recovery slot</source>
        <translation>palautuskoodin avainpaikka puuttuu</translation>
    </message>
    <message numerus="yes">
        <source>%n user slot(s) and the recovery slot</source>
        <translation>
            <numerusform>%n käyttäjäkohtainen avainpaikka ja palautuskoodin avainpaikka</numerusform>
            <numerusform>%n käyttäjäkohtaista avainpaikkaa ja palautuskoodin avainpaikka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned file(s) in recordings/</source>
        <translation>
            <numerusform>%n orpo tiedosto kansiossa recordings/</numerusform>
            <numerusform>%n orpoa tiedostoa kansiossa recordings/</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Quality manager</source>
        <translation>Laatupäällikkö</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Kouluttaja</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>Tietosuojavastaava</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Pääkäyttäjä</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Väärä käyttäjätunnus tai salasana.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts for this user name. Try again in %n second(s), at %1.</source>
        <translation>
            <numerusform>Tällä käyttäjätunnuksella on liian monta epäonnistunutta yritystä. Yritä uudelleen %n sekunnin kuluttua, kello %1.</numerusform>
            <numerusform>Tällä käyttäjätunnuksella on liian monta epäonnistunutta yritystä. Yritä uudelleen %n sekunnin kuluttua, kello %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a key slot but no user record: keyslots.json and the register do not belong together.</source>
        <translation>Käyttäjällä %1 on avainpaikka mutta ei käyttäjätietuetta: keyslots.json ja rekisteri eivät kuulu yhteen.</translation>
    </message>
    <message>
        <source>The register is locked.</source>
        <translation>Rekisteri on lukittu.</translation>
    </message>
    <message>
        <source>Permission denied: your roles do not allow this (%1).</source>
        <translation>Ei käyttöoikeutta: roolisi eivät salli tätä (%1).</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>The users table cannot be used: %1</source>
        <translation>Käyttäjätaulua ei voi käyttää: %1</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A user name has 1 to 64 letters, digits, dots, underscores or hyphens.</source>
        <translation>Käyttäjätunnuksessa on 1–64 merkkiä, jotka voivat olla kirjaimia, numeroita, pisteitä, alaviivoja tai väliviivoja.</translation>
    </message>
    <message>
        <source>A user needs at least one role.</source>
        <translation>Käyttäjällä on oltava vähintään yksi rooli.</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation>Käyttäjä %1 on jo olemassa.</translation>
    </message>
    <message>
        <source>You cannot remove yourself.</source>
        <translation>Et voi poistaa itseäsi.</translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation>Käyttäjää %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>The last administrator cannot be removed.</source>
        <translation>Viimeistä pääkäyttäjää ei voi poistaa.</translation>
    </message>
    <message>
        <source>The last administrator must stay an administrator.</source>
        <translation>Viimeisen pääkäyttäjän on pysyttävä pääkäyttäjänä.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Locked memory for a key could not be had.</source>
        <translation>Avaimelle ei saatu lukittua muistia.</translation>
    </message>
    <message>
        <source>The key slot of %1 was altered: its public key does not match its secret key.</source>
        <translation>Avainpaikkaa %1 on muutettu: sen julkinen avain ei vastaa sen salaista avainta.</translation>
    </message>
    <message>
        <source>The sealed key of slot %1 has the wrong size.</source>
        <translation>Avainpaikan %1 sinetöity avain on väärän kokoinen.</translation>
    </message>
    <message>
        <source>The sealed key of slot %1 does not open: keyslots.json was altered.</source>
        <translation>Avainpaikan %1 sinetöity avain ei aukea: keyslots.json-tiedostoa on muutettu.</translation>
    </message>
    <message>
        <source>This register is bound to another workstation: this machine&apos;s keychain does not hold its secret. An administrator can bind it here with &apos;tallenne-admin rebind&apos; and the recovery code.</source>
        <translation>Tämä rekisteri on sidottu toiseen työasemaan: tämän koneen avainnipussa ei ole rekisterin salaisuutta. Pääkäyttäjä voi sitoa rekisterin tähän työasemaan komennolla &apos;tallenne-admin rebind&apos; ja palautuskoodilla.</translation>
    </message>
    <message>
        <source>The key identity could not be recorded: %1</source>
        <translation>Avaimen identiteettiä ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>The key identity could not be removed: %1</source>
        <translation>Avaimen identiteettiä ei voitu poistaa: %1</translation>
    </message>
    <message>
        <source>keyslots.json was altered: key slot %1 holds an identity this register does not know. Nothing was changed.</source>
        <translation>keyslots.json-tiedostoa on muutettu: avainpaikassa %1 on identiteetti, jota tämä rekisteri ei tunne. Mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>WorkstationKeychain</name>
    <message>
        <source>No OS keychain is reachable (QtKeychain error %1: %2). Tallenne keeps the workstation secret in the Secret Service (GNOME Keyring or KWallet) on the D-Bus session bus. Log in to a desktop session, or start one with dbus-run-session and unlock gnome-keyring-daemon, then try again.</source>
        <translation>Käyttöjärjestelmän avainnippuun ei saada yhteyttä (QtKeychain-virhe %1: %2). Tallenne säilyttää työaseman salaisuuden Secret Service -palvelussa (GNOME Keyring tai KWallet) D-Bus-istuntoväylällä. Kirjaudu työpöytäistuntoon tai käynnistä istunto komennolla dbus-run-session ja avaa gnome-keyring-daemon-palvelun lukitus. Yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>The OS keychain refused access (QtKeychain error %1: %2). Unlock the keyring (in GNOME Keyring or KWallet) and allow Tallenne to use it, then try again.</source>
        <translation>Käyttöjärjestelmän avainnippu esti käytön (QtKeychain-virhe %1: %2). Avaa avainnipun lukitus (GNOME Keyring- tai KWallet-ohjelmassa) ja salli Tallenne-ohjelman käyttää sitä. Yritä sitten uudelleen.</translation>
    </message>
    <message numerus="yes">
        <source>The OS keychain did not answer within %n second(s). Tallenne keeps the workstation secret in the Secret Service (GNOME Keyring or KWallet) on the D-Bus session bus. Check that the keyring daemon is running and unlocked (an unlock prompt may be waiting on the desktop), then try again.</source>
        <translation>
            <numerusform>Käyttöjärjestelmän avainnippu ei vastannut %n sekunnin kuluessa. Tallenne säilyttää työaseman salaisuuden Secret Service -palvelussa (GNOME Keyring tai KWallet) D-Bus-istuntoväylällä. Tarkista, että avainnipun taustapalvelu on käynnissä ja sen lukitus on avattu (työpöydällä voi odottaa lukituksen avauskehote). Yritä sitten uudelleen.</numerusform>
            <numerusform>Käyttöjärjestelmän avainnippu ei vastannut %n sekunnin kuluessa. Tallenne säilyttää työaseman salaisuuden Secret Service -palvelussa (GNOME Keyring tai KWallet) D-Bus-istuntoväylällä. Tarkista, että avainnipun taustapalvelu on käynnissä ja sen lukitus on avattu (työpöydällä voi odottaa lukituksen avauskehote). Yritä sitten uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The OS keychain can only be used from the application&apos;s main thread.</source>
        <translation>Käyttöjärjestelmän avainnippua voi käyttää vain sovelluksen pääsäikeestä.</translation>
    </message>
    <message>
        <source>The OS keychain of this workstation holds no secret for this register (entry %1).</source>
        <translation>Tämän työaseman avainnipussa ei ole tämän rekisterin salaisuutta (merkintä %1).</translation>
    </message>
    <message>
        <source>No locked memory is left for a key.</source>
        <translation>Lukittua muistia ei ole enää jäljellä avainta varten.</translation>
    </message>
    <message>
        <source>The workstation secret in the OS keychain (entry %1) is %2 bytes instead of %3; it was altered.</source>
        <translation>Avainnipussa oleva työaseman salaisuus (merkintä %1) on %2 tavua, vaikka sen pitäisi olla %3 tavua; sitä on muutettu.</translation>
    </message>
</context>
<context>
    <name>tallenne::LoginDialog</name>
    <message>
        <source>Log in with your Tallenne user name and password. The register stays encrypted until you do.</source>
        <translation>Kirjaudu sisään Tallenne-käyttäjätunnuksellasi ja salasanallasi. Rekisteri pysyy salattuna, kunnes kirjaudut.</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>K&amp;irjaudu sisään</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Virheilmoitus</translation>
    </message>
    <message>
        <source>Tallenne is locked</source>
        <translation>Tallenne on lukittu</translation>
    </message>
    <message>
        <source>Log in to Tallenne</source>
        <translation>Kirjaudu sisään – Tallenne</translation>
    </message>
    <message>
        <source>The register was locked. Enter your password to continue.</source>
        <translation>Rekisteri lukittiin. Jatka kirjoittamalla salasanasi.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa lukitus</translation>
    </message>
    <message>
        <source>Choose the register folder</source>
        <translation>Valitse rekisterikansio</translation>
    </message>
    <message>
        <source>Choose a register folder: it holds register.db and keyslots.json.</source>
        <translation>Valitse rekisterikansio: siinä ovat tiedostot register.db ja keyslots.json.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Kirjoita käyttäjätunnuksesi.</translation>
    </message>
</context>
<context>
    <name>tallenne::MainWindow</name>
    <message>
        <source>Lock the register: the key is wiped from memory until you enter your password again</source>
        <translation>Lukitse rekisteri: avain pyyhitään muistista, kunnes kirjoitat salasanasi uudelleen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versio %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Kirjautunut käyttäjä: %1 (%2)</translation>
    </message>
    <message>
        <source>Tallenne — %1</source>
        <translation>Tallenne — %1</translation>
    </message>
    <message>
        <source>About Tallenne</source>
        <translation>Tietoja: Tallenne</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tallenne %1&lt;/h3&gt;&lt;p&gt;The register of recorded calls and chat transcripts: browse, listen, review and answer people&apos;s requests about their data.&lt;/p&gt;&lt;p&gt;The register is encrypted with SQLCipher; each user&apos;s key slot is protected with Argon2id and XChaCha20-Poly1305 (libsodium).&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tallenne %1&lt;/h3&gt;&lt;p&gt;Tallennettujen puheluiden ja chat-keskustelujen rekisteri: selaa, kuuntele, arvioi ja vastaa henkilöiden omia tietojaan koskeviin pyyntöihin.&lt;/p&gt;&lt;p&gt;Rekisteri on salattu SQLCipher-salauksella; jokaisen käyttäjän avainpaikka on suojattu Argon2id- ja XChaCha20-Poly1305-menetelmillä (libsodium).&lt;/p&gt;&lt;p&gt;Koottu Qt:n versiolla %2.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
