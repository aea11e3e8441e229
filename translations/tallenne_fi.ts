<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AccessRequestService</name>
    <message>
        <source>A request cannot be received in the future (%1).</source>
        <translation>Pyyntöä ei voi vastaanottaa tulevaisuudessa (%1).</translation>
    </message>
    <message>
        <source>Give what the person is found by: a phone number, an e-mail address, a name, a personal identity code or a business ID.</source>
        <translation>Anna tieto, jolla henkilö löytyy: puhelinnumero, sähköpostiosoite, nimi, henkilötunnus tai Y-tunnus.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Pyyntöä %1 ei ole.</translation>
    </message>
    <message>
        <source>Request %1 is closed: nothing more can be added to it.</source>
        <translation>Pyyntö %1 on suljettu: siihen ei voi lisätä mitään.</translation>
    </message>
    <message>
        <source>Request %1 is closed.</source>
        <translation>Pyyntö %1 on suljettu.</translation>
    </message>
    <message>
        <source>No register profile has been set: it names the ways a requester&apos;s identity may be verified.</source>
        <translation>Rekisteriprofiilia ei ole asetettu: se nimeää tavat, joilla pyytäjän henkilöllisyys voidaan todentaa.</translation>
    </message>
    <message>
        <source>The register profile does not allow identity to be verified by &quot;%1&quot;; it allows: %2.</source>
        <translation>Rekisteriprofiili ei salli henkilöllisyyden todentamista tavalla &quot;%1&quot;; se sallii: %2.</translation>
    </message>
    <message>
        <source>Say which photo ID was shown (passport, identity card, driving licence or residence permit).</source>
        <translation>Kerro, mikä kuvallinen henkilöllisyystodistus esitettiin (passi, henkilökortti, ajokortti tai oleskelulupa).</translation>
    </message>
    <message>
        <source>Give the last four characters of the document&apos;s number (never a copy of the document).</source>
        <translation>Anna asiakirjan numeron neljä viimeistä merkkiä (älä koskaan kopiota asiakirjasta).</translation>
    </message>
    <message>
        <source>Give the identification method and its reference (at most 200 characters).</source>
        <translation>Anna tunnistustapa ja sen viite (enintään 200 merkkiä).</translation>
    </message>
    <message>
        <source>Give the signed request&apos;s reference (at most 200 characters).</source>
        <translation>Anna allekirjoitetun pyynnön viite (enintään 200 merkkiä).</translation>
    </message>
    <message>
        <source>An extension needs its reason, which the requester is told (GDPR art. 12(3)).</source>
        <translation>Jatkolle tarvitaan syy, joka kerrotaan pyytäjälle (tietosuoja-asetuksen 12 artiklan 3 kohta).</translation>
    </message>
    <message>
        <source>A reason has at most %1 characters.</source>
        <translation>Syyssä voi olla enintään %1 merkkiä.</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 cannot be extended further: the register profile allows %n month(s) in all.</source>
        <translation>
            <numerusform>Pyynnön %1 määräaikaa ei voi jatkaa enempää: rekisteriprofiili sallii yhteensä %n kuukauden jatkon.</numerusform>
            <numerusform>Pyynnön %1 määräaikaa ei voi jatkaa enempää: rekisteriprofiili sallii yhteensä %n kuukauden jatkon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request %1 can be extended by at most %n more month(s).</source>
        <translation>
            <numerusform>Pyynnön %1 määräaikaa voi jatkaa enintään %n kuukaudella.</numerusform>
            <numerusform>Pyynnön %1 määräaikaa voi jatkaa enintään %n kuukaudella.</numerusform>
        </translation>
    </message>
    <message>
        <source>An extension must be decided and told to the requester within the first month (by %1); that time has run out.</source>
        <translation>Jatkosta on päätettävä ja kerrottava pyytäjälle ensimmäisen kuukauden kuluessa (viimeistään %1); se aika on kulunut.</translation>
    </message>
    <message>
        <source>The person&apos;s first request is always free (GDPR art. 12(5) and 15(3)): a fee is possible only for further copies or for a manifestly unfounded or excessive request.</source>
        <translation>Henkilön ensimmäinen pyyntö on aina maksuton (tietosuoja-asetuksen 12 artiklan 5 kohta ja 15 artiklan 3 kohta): maksu on mahdollinen vain lisäjäljennöksistä tai ilmeisen perusteettomasta tai kohtuuttomasta pyynnöstä.</translation>
    </message>
    <message>
        <source>A fee needs its reason, decided for this case (at most %1 characters).</source>
        <translation>Maksulle tarvitaan tapauskohtaisesti päätetty syy (enintään %1 merkkiä).</translation>
    </message>
    <message>
        <source>A request is closed as completed, refused or withdrawn.</source>
        <translation>Pyyntö suljetaan valmiina, hylättynä tai peruttuna.</translation>
    </message>
    <message>
        <source>Request %1 is already closed (%2).</source>
        <translation>Pyyntö %1 on jo suljettu (%2).</translation>
    </message>
    <message>
        <source>A refusal must say why, and tell the person they may complain to the supervisory authority (GDPR art. 12(4)).</source>
        <translation>Hylkäyksestä on kerrottava syy ja se, että henkilö voi tehdä valituksen valvontaviranomaiselle (tietosuoja-asetuksen 12 artiklan 4 kohta).</translation>
    </message>
    <message>
        <source>Say what the outcome was (what was handed over or done).</source>
        <translation>Kerro lopputulos (mitä luovutettiin tai tehtiin).</translation>
    </message>
    <message>
        <source>An outcome has at most %1 characters.</source>
        <translation>Lopputuloksessa voi olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>Request %1 cannot be completed before the requester&apos;s identity is verified; refuse it or mark it withdrawn instead.</source>
        <translation>Pyyntöä %1 ei voi merkitä valmiiksi ennen kuin pyytäjän henkilöllisyys on todennettu; hylkää se tai merkitse se perutuksi.</translation>
    </message>
    <message>
        <source>Request %1 is closed (%2).</source>
        <translation>Pyyntö %1 on suljettu (%2).</translation>
    </message>
    <message>
        <source>The requester&apos;s identity has not been verified for request %1: verify it before anything is handed over or changed.</source>
        <translation>Pyynnön %1 esittäjän henkilöllisyyttä ei ole todennettu: todenna se ennen kuin mitään luovutetaan tai muutetaan.</translation>
    </message>
</context>
<context>
    <name>AccessRequestTerms</name>
    <message>
        <source>Access (a copy of one&apos;s data)</source>
        <translation>Tarkastus (jäljennös omista tiedoista)</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Tietojen siirtäminen</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Oikaiseminen</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Poistaminen</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Vastustaminen</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirjeellä</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköpostilla</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelimitse</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Henkilöllisyys todennettu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käsittelyssä</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Määräaikaa jatkettu</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Photo ID shown in person</source>
        <translation>Kuvallinen henkilöllisyystodistus esitetty paikan päällä</translation>
    </message>
    <message>
        <source>Strong electronic identification</source>
        <translation>Vahva sähköinen tunnistus</translation>
    </message>
    <message>
        <source>Signed request</source>
        <translation>Allekirjoitettu pyyntö</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>Identity card</source>
        <translation>Henkilökortti</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Ajokortti</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Oleskelulupa</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Tarkastus</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Tietojen siirto</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Rajoittaminen</translation>
    </message>
</context>
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
    <message>
        <source>--call takes a call&apos;s number</source>
        <translation>valitsimen --call arvoksi on annettava puhelun numero</translation>
    </message>
    <message>
        <source>tags list takes no arguments</source>
        <translation>tags list ei hyväksy argumentteja</translation>
    </message>
    <message>
        <source>playlist list takes no arguments</source>
        <translation>playlist list ei hyväksy argumentteja</translation>
    </message>
    <message>
        <source>playlist show takes one playlist ID</source>
        <translation>playlist show vaatii täsmälleen yhden kuuntelulistan tunnisteen (ID)</translation>
    </message>
    <message>
        <source>playlist show takes a playlist&apos;s number</source>
        <translation>playlist show vaatii kuuntelulistan numeron</translation>
    </message>
    <message>
        <source>--%1 takes a date YYYY-MM-DD or an ISO date-time</source>
        <translation>valitsimen --%1 arvon on oltava päivämäärä muodossa VVVV-KK-PP tai ISO-muotoinen päivämäärä ja kellonaika</translation>
    </message>
    <message>
        <source>calls list takes no arguments</source>
        <translation>calls list ei hyväksy argumentteja</translation>
    </message>
    <message>
        <source>%1 of %2 matching calls shown (--limit).</source>
        <translation>Hakua vastaavista %2 puhelusta näytetään %1 (--limit).</translation>
    </message>
    <message>
        <source>chats search needs TEXT</source>
        <translation>chats search vaatii hakutekstin (TEXT)</translation>
    </message>
    <message>
        <source>subject find takes one of --phone, --email, --identity-code, --name, --business-id</source>
        <translation>subject find hyväksyy vain yhden valitsimista --phone, --email, --identity-code, --name ja --business-id</translation>
    </message>
    <message>
        <source>subject find needs --phone, --email, --identity-code, --name or --business-id</source>
        <translation>subject find vaatii jonkin valitsimista --phone, --email, --identity-code, --name tai --business-id</translation>
    </message>
    <message numerus="yes">
        <source>subject %1%2: %n call(s), </source>
        <translation>
            <numerusform>rekisteröity %1%2: %n puhelu, </numerusform>
            <numerusform>rekisteröity %1%2: %n puhelua, </numerusform>
        </translation>
    </message>
    <message>
        <source> (restricted)</source>
        <translation> (käsittelyä rajoitettu)</translation>
    </message>
    <message>
        <source>No data subject has this identifier.</source>
        <translation>Millään rekisteröidyllä ei ole tätä tunnistetietoa.</translation>
    </message>
    <message>
        <source>Nothing imported: --strict and a row was rejected.</source>
        <translation>Mitään ei tuotu: --strict oli käytössä, ja rivi hylättiin.</translation>
    </message>
    <message>
        <source>import asterisk needs --cdr Master.csv</source>
        <translation>import asterisk vaatii valitsimen --cdr Master.csv</translation>
    </message>
    <message>
        <source>--utc and --timezone exclude each other</source>
        <translation>valitsimia --utc ja --timezone ei voi käyttää yhdessä</translation>
    </message>
    <message>
        <source>unknown time zone &apos;%1&apos; (e.g. Europe/Helsinki)</source>
        <translation>tuntematon aikavyöhyke &apos;%1&apos; (esim. Europe/Helsinki)</translation>
    </message>
    <message>
        <source>import chats needs one FILE.jsonl</source>
        <translation>import chats vaatii täsmälleen yhden tiedoston (FILE.jsonl)</translation>
    </message>
    <message>
        <source>profile set needs one FILE</source>
        <translation>profile set vaatii täsmälleen yhden tiedoston (FILE)</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: tiedostoa ei voi lukea (%2)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varoitus: %1</translation>
    </message>
    <message>
        <source>The register profile is set; the privacy notice in %1 is updated.</source>
        <translation>Rekisteriprofiili on asetettu, ja kansiossa %1 oleva tietosuojaseloste on päivitetty.</translation>
    </message>
    <message>
        <source>profile show takes no arguments</source>
        <translation>profile show ei hyväksy argumentteja</translation>
    </message>
    <message>
        <source>No register profile has been set yet (tallenne-admin profile set FILE).</source>
        <translation>Rekisteriprofiilia ei ole vielä asetettu (tallenne-admin profile set FILE).</translation>
    </message>
    <message>
        <source>no fixed period</source>
        <translation>ei kiinteää aikaa</translation>
    </message>
    <message>
        <source>Version %1, set %2 by %3</source>
        <translation>Versio %1, asetettu %2, asettaja %3</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Register: %1</source>
        <translation>Rekisteri: %1</translation>
    </message>
    <message>
        <source>Controller: %1 (%2)</source>
        <translation>Rekisterinpitäjä: %1 (%2)</translation>
    </message>
    <message>
        <source>Recordings kept: %1</source>
        <translation>Tallenteiden säilytysaika: %1</translation>
    </message>
    <message>
        <source>Call details kept: %1</source>
        <translation>Puhelutietojen säilytysaika: %1</translation>
    </message>
    <message>
        <source>Chat transcripts kept: %1</source>
        <translation>Chat-keskustelujen säilytysaika: %1</translation>
    </message>
    <message>
        <source>Legal holds: %1, at most %2</source>
        <translation>Poistoestot: %1, enintään %2</translation>
    </message>
    <message>
        <source>Legal holds: none</source>
        <translation>Poistoestot: ei sallittu</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Päivitetty: %1</translation>
    </message>
    <message>
        <source>notice takes no arguments</source>
        <translation>notice ei hyväksy argumentteja</translation>
    </message>
    <message>
        <source>notice needs --lang fi or --lang en</source>
        <translation>notice vaatii valitsimen --lang fi tai --lang en</translation>
    </message>
    <message>
        <source>--format is html, text or pdf</source>
        <translation>valitsimen --format arvon on oltava html, text tai pdf</translation>
    </message>
    <message>
        <source>--format pdf needs --out FILE</source>
        <translation>--format pdf vaatii valitsimen --out FILE</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message numerus="yes">
        <source>calls from this number linked to no data subject found: %n call(s)</source>
        <translation>
            <numerusform>tämän numeron puhelut, joita ei ole linkitetty yhteenkään löydettyyn rekisteröityyn: %n puhelu</numerusform>
            <numerusform>tämän numeron puhelut, joita ei ole linkitetty yhteenkään löydettyyn rekisteröityyn: %n puhelua</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more rejected rows</source>
        <translation>… sekä muita hylättyjä rivejä: %1</translation>
    </message>
    <message>
        <source>… and %1 more notes</source>
        <translation>… sekä muita huomautuksia: %1</translation>
    </message>
    <message>
        <source>Layouts: %1.</source>
        <translation>Sarakeasettelut: %1.</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Use --verbose to list each note with its line.</source>
        <translation>Valitsimella --verbose saat jokaisen huomautuksen rivinumeroineen.</translation>
    </message>
    <message>
        <source>leg %1/%2</source>
        <translation>osuus %1/%2</translation>
    </message>
    <message>
        <source>No calls match.</source>
        <translation>Yksikään puhelu ei vastaa hakua.</translation>
    </message>
    <message>
        <source>  calls	%1</source>
        <translation>  puhelut	%1</translation>
    </message>
    <message>
        <source>  chats	%1</source>
        <translation>  chat-keskustelut	%1</translation>
    </message>
    <message>
        <source>Rows read: %1. Calls imported: %2. Already present: %3. Rejected: %4. (%5 rows/s)</source>
        <translation>Rivejä luettu: %1. Puheluita tuotu: %2. Jo rekisterissä: %3. Hylätty: %4. (%5 riviä/s)</translation>
    </message>
    <message>
        <source>Rows read: %1. Chats imported: %2. Already present: %3. Rejected: %4. (%5 rows/s)</source>
        <translation>Rivejä luettu: %1. Chat-keskusteluja tuotu: %2. Jo rekisterissä: %3. Hylätty: %4. (%5 riviä/s)</translation>
    </message>
    <message>
        <source>Recordings: attached %1 (repaired %2); attached to calls imported before %3; still being written %4 (not taken; import again later); answered calls without a file %5; unusable %6.</source>
        <translation>Tallenteet: liitetty %1 (korjattu %2); liitetty aiemmin tuotuihin puheluihin %3; vielä kirjoitettavana %4 (ei otettu; tuo myöhemmin uudelleen); vastattuja puheluita ilman tiedostoa %5; käyttökelvottomia %6.</translation>
    </message>
    <message>
        <source>Data subjects: rows linked %1, new %2.</source>
        <translation>Rekisteröidyt: rivejä liitetty %1, uusia %2.</translation>
    </message>
    <message>
        <source>the password line is longer than %1 bytes; nothing was read from it</source>
        <translation>salasanarivi on yli %1 tavua pitkä; siitä ei luettu mitään</translation>
    </message>
    <message>
        <source>Audit trail: %1.</source>
        <translation>Tarkastusloki: %1.</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>Todistajat:</translation>
    </message>
    <message>
        <source>consistent</source>
        <translation>yhtäpitävä</translation>
    </message>
    <message>
        <source>CONTRADICTS THE TRAIL</source>
        <translation>RISTIRIIDASSA LOKIN KANSSA</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ei tarkistettu</translation>
    </message>
    <message>
        <source>Only the anchor in keyslots.json could be checked, and whoever can rewrite the register can rewrite it: a cut tail or a rolled-back register would not show. Keep a signed head (audit head) and check against it with --head.</source>
        <translation>Vain keyslots.json-tiedoston ankkuri voitiin tarkistaa, ja sen voi kirjoittaa uudelleen kuka tahansa, joka voi kirjoittaa rekisterin uudelleen: lokin katkaistu loppuosa tai aiempaan kopioon palautettu rekisteri ei näkyisi. Säilytä allekirjoitettu lokin pää (audit head) ja tarkista loki sitä vasten valitsimella --head.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Wrote the signed head of the audit trail (entry %1) to %2. Keep it away from the register, or send it to the data protection officer; `audit verify --head %2` checks that the trail still holds it.</source>
        <translation>Tarkastuslokin allekirjoitettu pää (merkintä %1) kirjoitettiin tiedostoon %2. Säilytä se muualla kuin rekisterin luona tai lähetä se tietosuojavastaavalle; komento `audit verify --head %2` tarkistaa, että loki sisältää sen yhä.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… ja %n muu ongelma.</numerusform>
            <numerusform>… ja %n muuta ongelmaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now holds the identifier, lookup and recordings keys. Your roles do not carry them: run `tallenne-admin user handover` to give up your copies.</source>
        <translation>Käyttäjällä %1 on nyt tunnistetieto-, haku- ja tallenneavaimet. Roolisi eivät niitä edellytä: luovu omista kopioistasi komennolla `tallenne-admin user handover`.</translation>
    </message>
    <message>
        <source>Changed the password of %1 and rotated the keys they hold and the register key.</source>
        <translation>Käyttäjän %1 salasana vaihdettiin, ja hänen hallussaan olevat avaimet sekä rekisteriavain vaihdettiin uusiin.</translation>
    </message>
    <message>
        <source>user handover takes no arguments</source>
        <translation>user handover ei hyväksy argumentteja</translation>
    </message>
    <message>
        <source>Handed over: you no longer hold the identifier, lookup and recordings keys your roles do not carry; each was rotated.</source>
        <translation>Avaimet luovutettu: sinulla ei enää ole tunnistetieto-, haku- ja tallenneavaimia, joita roolisi eivät edellytä. Kukin avain vaihdettiin uuteen.</translation>
    </message>
    <message>
        <source>%1&apos;s new slot waits for %2: it is sealed to them at the next login of a user who holds it.</source>
        <translation>Käyttäjän %1 uusi avainpaikka odottaa avainta (%2): se sinetöidään hänelle, kun joku avaimen haltija seuraavan kerran kirjautuu.</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>saapuva</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>lähtevä</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>sisäinen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)%1, %2 rows/s</source>
        <translation>
            <numerusform>%n rivi%1, %2 riviä/s</numerusform>
            <numerusform>%n riviä%1, %2 riviä/s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 columns (%2): %n row(s)</source>
        <translation>
            <numerusform>%1 saraketta (%2): %n rivi</numerusform>
            <numerusform>%1 saraketta (%2): %n riviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n kuukausi</numerusform>
            <numerusform>%n kuukautta</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) at %3 calls/s, %4 at %5 chats/s</source>
        <translation>%1 (%2), %3 puhelua/s; %4, %5 keskustelua/s</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n puhelu</numerusform>
            <numerusform>%n puhelua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n tallenne</numerusform>
            <numerusform>%n tallennetta</numerusform>
        </translation>
    </message>
    <message>
        <source>tallenne-admin: warning: %1</source>
        <translation>tallenne-admin: varoitus: %1</translation>
    </message>
    <message>
        <source>tags add takes no arguments besides its options</source>
        <translation>tags add ei ota muita argumentteja kuin valitsimensa</translation>
    </message>
    <message>
        <source>tags add needs --call ID --from MS --to MS --label L</source>
        <translation>tags add tarvitsee valitsimet --call ID --from MS --to MS --label L</translation>
    </message>
    <message>
        <source>--from and --to take milliseconds (0 or more)</source>
        <translation>--from ja --to ottavat millisekunteja (0 tai enemmän)</translation>
    </message>
    <message>
        <source>tags remove takes one tag ID</source>
        <translation>tags remove ottaa yhden merkinnän numeron (ID)</translation>
    </message>
    <message>
        <source>tags remove takes a tag&apos;s number</source>
        <translation>tags remove ottaa merkinnän numeron</translation>
    </message>
    <message>
        <source>playlist create takes one NAME (quote a name with spaces)</source>
        <translation>playlist create ottaa yhden nimen NAME (nimi lainausmerkkeihin, jos siinä on välilyöntejä)</translation>
    </message>
    <message>
        <source>playlist add takes one playlist ID and --tag TAG</source>
        <translation>playlist add ottaa yhden kuuntelulistan numeron (ID) ja valitsimen --tag TAG</translation>
    </message>
    <message>
        <source>playlist add takes a playlist&apos;s and a tag&apos;s number</source>
        <translation>playlist add ottaa kuuntelulistan ja merkinnän numeron</translation>
    </message>
    <message>
        <source>playlist remove takes one playlist ID and --clip CLIP</source>
        <translation>playlist remove ottaa yhden kuuntelulistan numeron (ID) ja valitsimen --clip CLIP</translation>
    </message>
    <message>
        <source>playlist remove takes a playlist&apos;s and a clip&apos;s number</source>
        <translation>playlist remove ottaa kuuntelulistan ja leikkeen numeron</translation>
    </message>
    <message>
        <source>Evaluations and tags kept: %1</source>
        <translation>Arviointien ja merkintöjen säilytysaika: %1</translation>
    </message>
    <message>
        <source>Request records kept: %1</source>
        <translation>Rekisteröityjen pyyntöjen tietojen säilytysaika: %1</translation>
    </message>
    <message>
        <source>Audit trail kept: %1</source>
        <translation>Tarkastuslokin säilytysaika: %1</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Aikavyöhyke: %1</translation>
    </message>
    <message>
        <source>Data protection officer: %1 &lt;%2&gt;</source>
        <translation>Tietosuojavastaava: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>hold add takes no arguments</source>
        <translation>hold add ei ota argumentteja</translation>
    </message>
    <message>
        <source>hold add needs exactly one of --phone, --call, --chat or --subject</source>
        <translation>hold add tarvitsee täsmälleen yhden valitsimista --phone, --call, --chat tai --subject</translation>
    </message>
    <message>
        <source>--%1 takes a number</source>
        <translation>--%1 ottaa numeron</translation>
    </message>
    <message>
        <source>hold add needs --reason, --until and --case</source>
        <translation>hold add tarvitsee valitsimet --reason, --until ja --case</translation>
    </message>
    <message>
        <source>--until takes a date as YYYY-MM-DD</source>
        <translation>--until ottaa päivämäärän muodossa VVVV-KK-PP</translation>
    </message>
    <message>
        <source>hold list takes no arguments</source>
        <translation>hold list ei ota argumentteja</translation>
    </message>
    <message>
        <source>released by %1 at %2</source>
        <translation>päättänyt %1, %2</translation>
    </message>
    <message>
        <source>hold release takes one hold id</source>
        <translation>hold release ottaa yhden poistoeston tunnisteen</translation>
    </message>
    <message>
        <source>Legal hold %1 released.</source>
        <translation>Poistoesto %1 päätetty.</translation>
    </message>
    <message>
        <source>recordings</source>
        <translation>tallenteet</translation>
    </message>
    <message>
        <source>call details</source>
        <translation>puheluiden tiedot</translation>
    </message>
    <message>
        <source>chat transcripts</source>
        <translation>chat-keskustelut</translation>
    </message>
    <message>
        <source>access-request records</source>
        <translation>rekisteröityjen pyyntöjen tiedot</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>tarkastusloki</translation>
    </message>
    <message>
        <source>purge takes no arguments</source>
        <translation>purge ei ota argumentteja</translation>
    </message>
    <message>
        <source>purged %1 of %2</source>
        <translation>poistettu %1/%2</translation>
    </message>
    <message>
        <source>No register profile is set: no retention periods, nothing purged.</source>
        <translation>Rekisteriprofiilia ei ole asetettu: ei säilytysaikoja, mitään ei poistettu.</translation>
    </message>
    <message>
        <source>no fixed period; nothing is due</source>
        <translation>ei kiinteää aikaa; mitään ei poisteta</translation>
    </message>
    <message>
        <source>%1 would be purged</source>
        <translation>%1 poistettaisiin</translation>
    </message>
    <message>
        <source>%1 purged</source>
        <translation>%1 poistettu</translation>
    </message>
    <message>
        <source> (ids %1–%2)</source>
        <translation> (tunnisteet %1–%2)</translation>
    </message>
    <message>
        <source>; %1 kept under a legal hold</source>
        <translation>; %1 säilytetään poistoeston vuoksi</translation>
    </message>
    <message>
        <source>; %1 kept under restriction of processing</source>
        <translation>; %1 säilytetään, koska käsittelyä on rajoitettu</translation>
    </message>
    <message>
        <source>%1 expired legal hold(s) would be lifted.</source>
        <translation>%1 päättynyttä poistoestoa purettaisiin.</translation>
    </message>
    <message>
        <source>%1 expired legal hold(s) lifted.</source>
        <translation>%1 päättynyttä poistoestoa purettu.</translation>
    </message>
    <message>
        <source>unattended takes one of enable, disable, status</source>
        <translation>unattended ottaa yhden näistä: enable, disable, status</translation>
    </message>
    <message>
        <source>The unattended purge is enabled on this machine: its secret is in this machine&apos;s keychain only.</source>
        <translation>Valvomaton poisto on otettu käyttöön tällä koneella: sen salaisuus on vain tämän koneen avainnipussa.</translation>
    </message>
    <message>
        <source>The unattended purge is disabled.</source>
        <translation>Valvomaton poisto on poistettu käytöstä.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ei käytössä</translation>
    </message>
    <message>
        <source>enabled; this machine can run it</source>
        <translation>käytössä; tämä kone voi ajaa sen</translation>
    </message>
    <message>
        <source>enabled on another machine; this machine&apos;s keychain does not hold its secret</source>
        <translation>käytössä toisella koneella; tämän koneen avainnipussa ei ole sen salaisuutta</translation>
    </message>
    <message>
        <source>tallenne-admin: --unattended opens the register with the unattended slot, which can only purge: &apos;%1&apos; is refused. Use it as &apos;tallenne-admin purge --unattended&apos;.</source>
        <translation>tallenne-admin: --unattended avaa rekisterin valvomattoman poiston avainpaikalla, jolla voi vain poistaa säilytysajan ylittäneitä tietoja: komentoa &apos;%1&apos; ei sallita. Käytä muodossa &apos;tallenne-admin purge --unattended&apos;.</translation>
    </message>
    <message>
        <source>No legal holds.</source>
        <translation>Poistoestoja ei ole.</translation>
    </message>
    <message>
        <source>compacting the register file…</source>
        <translation>tiivistetään rekisteritiedostoa…</translation>
    </message>
    <message>
        <source>data subjects without calls or chats: </source>
        <translation>rekisteröidyt, joilla ei ole puheluita eikä keskusteluja: </translation>
    </message>
    <message>
        <source>; %1 kept under a legal hold or restriction</source>
        <translation>; %1 säilytetään poistoeston tai käsittelyn rajoituksen vuoksi</translation>
    </message>
    <message>
        <source>The register file would be compacted (%1 MiB free).</source>
        <translation>Rekisteritiedosto tiivistettäisiin (%1 MiB vapaana).</translation>
    </message>
    <message>
        <source>The register file was compacted: %1 MiB freed.</source>
        <translation>Rekisteritiedosto tiivistettiin: %1 MiB vapautui.</translation>
    </message>
    <message>
        <source>The register file has no free space to give back: nothing to compact.</source>
        <translation>Rekisteritiedostossa ei ole vapautettavaa tilaa: tiivistettävää ei ole.</translation>
    </message>
    <message>
        <source>give one of --phone, --email, --identity-code, --name, --business-id</source>
        <translation>anna yksi valitsimista --phone, --email, --identity-code, --name, --business-id</translation>
    </message>
    <message>
        <source>the person is found by --phone, --email, --identity-code, --name or --business-id</source>
        <translation>henkilö haetaan valitsimella --phone, --email, --identity-code, --name tai --business-id</translation>
    </message>
    <message>
        <source>%1 takes one request id</source>
        <translation>%1 ottaa yhden pyynnön numeron</translation>
    </message>
    <message>
        <source>request open takes no arguments</source>
        <translation>request open ei ota argumentteja</translation>
    </message>
    <message>
        <source>request open needs --kind and --channel</source>
        <translation>request open tarvitsee valitsimet --kind ja --channel</translation>
    </message>
    <message>
        <source>--kind is one of access, portability, rectification, erasure, restriction, objection</source>
        <translation>--kind on yksi seuraavista: access, portability, rectification, erasure, restriction, objection</translation>
    </message>
    <message>
        <source>--channel is one of in-person, letter, email, phone</source>
        <translation>--channel on yksi seuraavista: in-person, letter, email, phone</translation>
    </message>
    <message>
        <source>--received takes YYYY-MM-DD or YYYY-MM-DDTHH:MM</source>
        <translation>--received ottaa muodon VVVV-KK-PP tai VVVV-KK-PPTHH:MM</translation>
    </message>
    <message>
        <source>Found %1 data subject(s), %2 call(s), %3 chat(s); due %4.</source>
        <translation>Löytyi rekisteröityjä: %1, puheluita: %2, chat-keskusteluja: %3; määräpäivä %4.</translation>
    </message>
    <message numerus="yes">
        <source>Possibly repetitive: %n earlier request(s) in the last 12 months.</source>
        <translation>
            <numerusform>Mahdollisesti toistuva: %n aiempi pyyntö viimeisten 12 kuukauden aikana.</numerusform>
            <numerusform>Mahdollisesti toistuva: %n aiempaa pyyntöä viimeisten 12 kuukauden aikana.</numerusform>
        </translation>
    </message>
    <message>
        <source>request verify needs --document KIND --last4 XXXX, or --eid REF, or --signed REF</source>
        <translation>request verify tarvitsee valitsimet --document LAJI --last4 XXXX tai --eid VIITE tai --signed VIITE</translation>
    </message>
    <message>
        <source>--document is one of passport, id-card, driving-licence, residence-permit</source>
        <translation>--document on yksi seuraavista: passport, id-card, driving-licence, residence-permit</translation>
    </message>
    <message>
        <source>--document needs --last4</source>
        <translation>--document tarvitsee valitsimen --last4</translation>
    </message>
    <message>
        <source>Identity verified for request %1.</source>
        <translation>Pyynnön %1 esittäjän henkilöllisyys todennettu.</translation>
    </message>
    <message>
        <source>request extend needs --months N and --reason TEXT</source>
        <translation>request extend tarvitsee valitsimet --months N ja --reason TEKSTI</translation>
    </message>
    <message>
        <source>Request %1 extended; now due %2.</source>
        <translation>Pyynnön %1 määräaikaa jatkettu; määräpäivä nyt %2.</translation>
    </message>
    <message>
        <source>request list takes no arguments</source>
        <translation>request list ei ota argumentteja</translation>
    </message>
    <message>
        <source>No requests.</source>
        <translation>Ei pyyntöjä.</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>MYÖHÄSSÄ</translation>
    </message>
    <message>
        <source>due this week</source>
        <translation>erääntyy tällä viikolla</translation>
    </message>
    <message>
        <source>possibly repetitive</source>
        <translation>mahdollisesti toistuva</translation>
    </message>
    <message>
        <source>Request %1: %2, %3</source>
        <translation>Pyyntö %1: %2, %3</translation>
    </message>
    <message>
        <source>  received	%1 (%2)</source>
        <translation>  vastaanotettu	%1 (%2)</translation>
    </message>
    <message>
        <source>  due	%1%2</source>
        <translation>  määräpäivä	%1%2</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (myöhässä)</translation>
    </message>
    <message>
        <source>  person	%1 %2</source>
        <translation>  henkilö	%1 %2</translation>
    </message>
    <message>
        <source>  identity	%1 by %2 at %3</source>
        <translation>  henkilöllisyys	%1, todensi %2 %3</translation>
    </message>
    <message>
        <source>  identity	not verified</source>
        <translation>  henkilöllisyys	ei todennettu</translation>
    </message>
    <message>
        <source>via subject %1 (%2)</source>
        <translation>rekisteröidyn %1 kautta (%2)</translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation>löytyi tiedolla %1</translation>
    </message>
    <message>
        <source> — excluded</source>
        <translation> — jätetty pois</translation>
    </message>
    <message>
        <source>  earlier requests in 12 months: %1</source>
        <translation>  aiempia pyyntöjä 12 kuukauden aikana: %1</translation>
    </message>
    <message>
        <source>%1 new item(s) added to request %2.</source>
        <translation>Pyyntöön %2 lisättiin uusia kohteita: %1.</translation>
    </message>
    <message>
        <source>give one of --call ID, --chat ID, --subject ID</source>
        <translation>anna yksi valitsimista --call ID, --chat ID, --subject ID</translation>
    </message>
    <message>
        <source>request fee needs --reason TEXT</source>
        <translation>request fee tarvitsee valitsimen --reason TEKSTI</translation>
    </message>
    <message>
        <source>request close needs --outcome TEXT</source>
        <translation>request close tarvitsee valitsimen --outcome TEKSTI</translation>
    </message>
    <message>
        <source>--status is one of completed, refused, withdrawn</source>
        <translation>--status on yksi seuraavista: completed, refused, withdrawn</translation>
    </message>
    <message>
        <source>Request %1 closed: %2.</source>
        <translation>Pyyntö %1 suljettu: %2.</translation>
    </message>
    <message>
        <source>subject export takes no arguments, only options</source>
        <translation>subject export ei ota argumentteja, vain valitsimia</translation>
    </message>
    <message>
        <source>subject export needs --request ID, --out FILE.zip and --lang fi|en</source>
        <translation>subject export tarvitsee valitsimet --request ID, --out TIEDOSTO.zip ja --lang fi|en</translation>
    </message>
    <message>
        <source>--request takes a request id</source>
        <translation>--request ottaa pyynnön tunnuksen</translation>
    </message>
    <message>
        <source>--lang is fi or en</source>
        <translation>--lang on fi tai en</translation>
    </message>
    <message>
        <source>--delivery is one of in-person, postal-address, electronic</source>
        <translation>--delivery on yksi näistä: in-person, postal-address, electronic</translation>
    </message>
    <message>
        <source>the passphrase line is longer than %1 bytes</source>
        <translation>salalauseen rivi on pidempi kuin %1 tavua</translation>
    </message>
    <message>
        <source>--passphrase-stdin: no passphrase on the line after the password</source>
        <translation>--passphrase-stdin: salasanan jälkeisellä rivillä ei ole salalausetta</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes, encrypted).</source>
        <translation>Kirjoitettu %1 (%2 tavua, salattu).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation>Kirjoitettu %1 (%2 tavua).</translation>
    </message>
    <message>
        <source>Data subjects %1, calls %2, recordings %3, chats %4; %5 excluded.</source>
        <translation>Rekisteröityjä %1, puheluita %2, tallenteita %3, chat-keskusteluja %4; %5 jätetty pois.</translation>
    </message>
    <message>
        <source>%1 needs --request ID</source>
        <translation>%1 tarvitsee valitsimen --request ID</translation>
    </message>
    <message>
        <source>data subject</source>
        <translation>rekisteröity</translation>
    </message>
    <message>
        <source>call</source>
        <translation>puhelu</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat-keskustelu</translation>
    </message>
    <message>
        <source>Erased for request %1:</source>
        <translation>Poistettu pyynnön %1 perusteella:</translation>
    </message>
    <message>
        <source>Erasure plan for request %1 (nothing has been changed; erase with --confirm):</source>
        <translation>Pyynnön %1 poistosuunnitelma (mitään ei ole muutettu; poista valitsimella --confirm):</translation>
    </message>
    <message>
        <source>  data subjects: %1 (identifiers: %2)</source>
        <translation>  rekisteröityjä: %1 (tunnistetietoja: %2)</translation>
    </message>
    <message>
        <source>  calls: %1 (recordings: %2, tags: %3, playlist clips: %4)</source>
        <translation>  puheluita: %1 (tallenteita: %2, merkintöjä: %3, kuuntelulistojen leikkeitä: %4)</translation>
    </message>
    <message>
        <source>  chats: %1 (messages: %2)</source>
        <translation>  chat-keskusteluja: %1 (viestejä: %2)</translation>
    </message>
    <message>
        <source>  recording files removed: %1</source>
        <translation>  tallennetiedostoja poistettu: %1</translation>
    </message>
    <message>
        <source>Kept: nothing.</source>
        <translation>Säilytetään: ei mitään.</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>Säilytetty:</translation>
    </message>
    <message>
        <source>To be kept:</source>
        <translation>Säilytetään:</translation>
    </message>
    <message>
        <source>  %1 %2: %3</source>
        <translation>  %1 %2: %3</translation>
    </message>
    <message>
        <source>Legal duty to keep records: none (the register profile names none).</source>
        <translation>Lakisääteinen säilytysvelvoite: ei ole (rekisteriprofiili ei nimeä sellaista).</translation>
    </message>
    <message>
        <source>Legal duty to keep records: %1</source>
        <translation>Lakisääteinen säilytysvelvoite: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n data subject(s)</source>
        <translation>
            <numerusform>%n rekisteröity</numerusform>
            <numerusform>%n rekisteröityä</numerusform>
        </translation>
    </message>
    <message>
        <source>Restriction lifted for request %1: %2.</source>
        <translation>Käsittelyn rajoittaminen päätetty pyynnön %1 perusteella: %2.</translation>
    </message>
    <message>
        <source>Processing restricted for request %1: %2.</source>
        <translation>Käsittelyä rajoitettu pyynnön %1 perusteella: %2.</translation>
    </message>
    <message>
        <source>subject rectify needs --request ID --subject SID --kind KIND --from OLD --to NEW</source>
        <translation>subject rectify tarvitsee valitsimet --request ID --subject SID --kind LAJI --from VANHA --to UUSI</translation>
    </message>
    <message>
        <source>--kind is one of email, phone, name, identity-code, business-id, address</source>
        <translation>--kind on jokin näistä: email, phone, name, identity-code, business-id, address</translation>
    </message>
    <message>
        <source>The %1 of data subject %2 rectified for request %3.</source>
        <translation>Rekisteröidyn %2 tunnistetieto (%1) oikaistu pyynnön %3 perusteella.</translation>
    </message>
    <message>
        <source>subject object needs --request ID and either --upheld or --overridden --grounds TEXT</source>
        <translation>subject object tarvitsee valitsimen --request ID sekä joko valitsimen --upheld tai valitsimet --overridden --grounds TEKSTI</translation>
    </message>
    <message>
        <source>Objection upheld for request %1: processing of the person&apos;s records is restricted.</source>
        <translation>Vastustus hyväksytty pyynnössä %1: henkilön tietojen käsittelyä on rajoitettu.</translation>
    </message>
    <message>
        <source>Objection overridden for request %1; the grounds are recorded.</source>
        <translation>Vastustus hylätty pyynnössä %1; perusteet on kirjattu.</translation>
    </message>
    <message>
        <source>scorecard list takes no arguments</source>
        <translation>scorecard list ei ota argumentteja</translation>
    </message>
    <message>
        <source>scorecard import takes one FILE</source>
        <translation>scorecard import ottaa yhden tiedoston (FILE)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported as scorecard %1</source>
        <translation>Tuotu arviointilomakkeeksi %1</translation>
    </message>
    <message>
        <source>scorecard export takes one scorecard ID</source>
        <translation>scorecard export ottaa yhden arviointilomakkeen tunnuksen</translation>
    </message>
    <message>
        <source>scorecard export takes a scorecard&apos;s number</source>
        <translation>scorecard export ottaa arviointilomakkeen numeron</translation>
    </message>
    <message>
        <source>--scorecard-version takes a version number</source>
        <translation>--scorecard-version ottaa version numeron</translation>
    </message>
    <message>
        <source>evaluation list takes no arguments</source>
        <translation>evaluation list ei ota argumentteja</translation>
    </message>
    <message>
        <source>--from takes a date, YYYY-MM-DD</source>
        <translation>--from ottaa päivämäärän muodossa VVVV-KK-PP</translation>
    </message>
    <message>
        <source>--to takes a date, YYYY-MM-DD</source>
        <translation>--to ottaa päivämäärän muodossa VVVV-KK-PP</translation>
    </message>
    <message>
        <source>--of takes call:ID or chat:ID</source>
        <translation>--of ottaa muodon call:ID tai chat:ID</translation>
    </message>
    <message>
        <source>evaluation show takes one evaluation ID</source>
        <translation>evaluation show ottaa yhden arvioinnin tunnuksen</translation>
    </message>
    <message>
        <source>evaluation show takes an evaluation&apos;s number</source>
        <translation>evaluation show ottaa arvioinnin numeron</translation>
    </message>
    <message>
        <source>Evaluation %1 of %2 (agent %3) on &quot;%4&quot; version %5 by %6: %7</source>
        <translation>Arviointi %1 kohteesta %2 (asiakaspalvelija %3) lomakkeella ”%4” versio %5, arvioija %6: %7</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>lähetetty</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>luonnos</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>arvioimatta</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>ei sovellu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Revision %1 (score %2) replaced by %3 at %4: %5</source>
        <translation>Versio %1 (tulos %2), korvannut %3 %4: %5</translation>
    </message>
    <message>
        <source>report takes no arguments</source>
        <translation>report ei ota argumentteja</translation>
    </message>
    <message>
        <source>report needs --from D and --to D</source>
        <translation>report tarvitsee valinnat --from D ja --to D</translation>
    </message>
    <message>
        <source>--from and --to take dates, YYYY-MM-DD</source>
        <translation>--from ja --to ottavat päivämäärän muodossa VVVV-KK-PP</translation>
    </message>
    <message>
        <source>report --format is text, csv or pdf</source>
        <translation>report --format on text, csv tai pdf</translation>
    </message>
    <message>
        <source>report --format pdf needs --out FILE</source>
        <translation>report --format pdf tarvitsee valinnan --out FILE</translation>
    </message>
    <message>
        <source>--period is week or month</source>
        <translation>--period on week tai month</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Asiakaspalvelijoittain</translation>
    </message>
    <message>
        <source>By queue</source>
        <translation>Jonoittain</translation>
    </message>
    <message>
        <source>By period</source>
        <translation>Jaksoittain</translation>
    </message>
    <message>
        <source>Criteria most often missed</source>
        <translation>Useimmin puuttuneet kohdat</translation>
    </message>
    <message>
        <source>Sample %1, seed %2: %3 items, %4 evaluated</source>
        <translation>Otos %1, siemenluku %2: %3 kohdetta, %4 arvioitu</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>arvioitu</translation>
    </message>
    <message>
        <source>sample draw takes no arguments</source>
        <translation>sample draw ei ota argumentteja</translation>
    </message>
    <message>
        <source>sample draw needs --from D and --to D</source>
        <translation>sample draw tarvitsee valinnat --from D ja --to D</translation>
    </message>
    <message>
        <source>--per-agent takes 1 to %1</source>
        <translation>--per-agent ottaa luvun 1–%1</translation>
    </message>
    <message>
        <source>--seed takes a whole number above 0</source>
        <translation>--seed ottaa nollaa suuremman kokonaisluvun</translation>
    </message>
    <message>
        <source>sample show takes one sample ID</source>
        <translation>sample show ottaa yhden otoksen tunnuksen</translation>
    </message>
    <message>
        <source>sample show takes a sample&apos;s number</source>
        <translation>sample show ottaa otoksen numeron</translation>
    </message>
    <message>
        <source>calibration show takes one calibration ID</source>
        <translation>calibration show ottaa yhden kalibroinnin tunnuksen</translation>
    </message>
    <message>
        <source>calibration show takes a calibration&apos;s number</source>
        <translation>calibration show ottaa kalibroinnin numeron</translation>
    </message>
    <message>
        <source>Calibration %1 of %2: %3 reviewers, %4</source>
        <translation>Kalibrointi %1 kohteesta %2: %3 arvioijaa, %4</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>avoin</translation>
    </message>
    <message>
        <source>quality evaluations</source>
        <translation>laadunarvioinnit</translation>
    </message>
    <message>
        <source>tags on recordings</source>
        <translation>tallenteisiin tehdyt merkinnät</translation>
    </message>
    <message>
        <source>; %1 calibration(s) left without evaluations would be purged</source>
        <translation>; ilman arviointeja jääneitä kalibrointeja poistettaisiin: %1</translation>
    </message>
    <message>
        <source>; %1 calibration(s) left without evaluations purged</source>
        <translation>; ilman arviointeja jääneitä kalibrointeja poistettiin: %1</translation>
    </message>
    <message>
        <source>%1	%2 evaluations	average %3	critical failures %4	passed %5</source>
        <translation>%1	%2 arviointia	keskiarvo %3	kriittiset virheet %4	hyväksytty %5</translation>
    </message>
    <message>
        <source>--json and --json-lines do not go together</source>
        <translation>valitsimia --json ja --json-lines ei voi käyttää yhdessä</translation>
    </message>
    <message>
        <source>--limit takes a whole number: 0 for every row</source>
        <translation>valitsimen --limit arvon on oltava kokonaisluku: 0 tarkoittaa kaikkia rivejä</translation>
    </message>
    <message>
        <source>--after takes an id, a whole number from 1 up</source>
        <translation>valitsimen --after arvon on oltava tunniste eli kokonaisluku 1 tai suurempi</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4%)</source>
        <translation>%1: %2/%3 (%4 %)</translation>
    </message>
    <message>
        <source>verify takes no arguments</source>
        <translation>verify ei ota argumentteja</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ja %n muu</numerusform>
            <numerusform>… ja %n muuta</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Varoitus: %1</translation>
    </message>
    <message>
        <source>--record-lost goes with --repair</source>
        <translation>--record-lost käytetään yhdessä valitsimen --repair kanssa</translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s)</source>
        <translation>
            <numerusform>%n keskustelu</numerusform>
            <numerusform>%n keskustelua</numerusform>
        </translation>
    </message>
    <message>
        <source>A recording whose file is missing and that no backup holds is settled with &apos;tallenne-admin verify --repair --record-lost&apos;: its call keeps its details, marked &quot;recording lost&quot;.</source>
        <translation>Tallenne, jonka tiedosto puuttuu eikä sitä ole missään varmuuskopiossa, selvitetään komennolla &apos;tallenne-admin verify --repair --record-lost&apos;: sen puhelun tiedot säilyvät, merkintänä &quot;tallenne kadonnut&quot;.</translation>
    </message>
</context>
<context>
    <name>AnchorWitness</name>
    <message>
        <source>keyslots.json holds no anchor</source>
        <translation>keyslots.json-tiedostossa ei ole ankkuria</translation>
    </message>
    <message>
        <source>the audit trail ends at entry %1, but keyslots.json anchors entry %2: the tail of the trail was removed</source>
        <translation>tarkastusloki päättyy merkintään %1, mutta keyslots.json ankkuroi merkinnän %2: lokin loppuosa on poistettu</translation>
    </message>
    <message>
        <source>entry %1 is not the entry keyslots.json anchors: the trail was rewritten</source>
        <translation>merkintä %1 ei ole se merkintä, jonka keyslots.json ankkuroi: loki on kirjoitettu uudelleen</translation>
    </message>
    <message>
        <source>keyslots.json anchors entry %1 (inside the register folder: it cannot prove anything alone)</source>
        <translation>keyslots.json ankkuroi merkinnän %1 (se on rekisterin kansiossa, joten se ei yksinään todista mitään)</translation>
    </message>
    <message>
        <source>keyslots.json anchors entry %1, before the audit checkpoint at entry %2: purged on the trail&apos;s retention period, it cannot be compared</source>
        <translation>keyslots.json ankkuroi merkinnän %1, joka on ennen lokin tarkistuspistettä merkinnän %2 kohdalla: se poistettiin tarkastuslokin säilytysajan päätyttyä eikä sitä voi verrata</translation>
    </message>
</context>
<context>
    <name>AsteriskCdr</name>
    <message>
        <source>the %1 time is empty</source>
        <translation>sarakkeen %1 aika on tyhjä</translation>
    </message>
    <message>
        <source>the %1 time &apos;%2&apos; is not a date and time of the form YYYY-MM-DD HH:MM:SS</source>
        <translation>sarakkeen %1 aika &apos;%2&apos; ei ole päivämäärä ja kellonaika muodossa VVVV-KK-PP TT:MM:SS</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number</source>
        <translation>sarakkeen %1 arvo &apos;%2&apos; ei ole kokonaisluku</translation>
    </message>
    <message>
        <source>negative duration (%1)</source>
        <translation>negatiivinen duration-arvo (%1)</translation>
    </message>
    <message>
        <source>negative billsec (%1)</source>
        <translation>negatiivinen billsec-arvo (%1)</translation>
    </message>
    <message>
        <source>billsec (%1) is longer than duration (%2)</source>
        <translation>billsec (%1) on pidempi kuin duration (%2)</translation>
    </message>
    <message>
        <source>unknown layout option &apos;%1&apos; (expected base, or loguniqueid, loguserfield and newcdrcolumns joined by commas)</source>
        <translation>tuntematon sarakeasettelun määrite &apos;%1&apos; (odotettiin arvoa base tai pilkuilla yhdistettyjä arvoja loguniqueid, loguserfield ja newcdrcolumns)</translation>
    </message>
    <message>
        <source>the layout is empty</source>
        <translation>sarakeasettelu on tyhjä</translation>
    </message>
    <message>
        <source>expected %1 columns (layout %2), found %3</source>
        <translation>odotettiin %1 saraketta (sarakeasettelu %2), löytyi %3</translation>
    </message>
    <message>
        <source>expected 16 to 21 columns, found %1</source>
        <translation>odotettiin 16–21 saraketta, löytyi %1</translation>
    </message>
    <message>
        <source>sequence &apos;%1&apos; is not a whole number</source>
        <translation>sarakkeen sequence arvo &apos;%1&apos; ei ole kokonaisluku</translation>
    </message>
    <message>
        <source>the disposition is empty</source>
        <translation>lopputulos (disposition) on tyhjä</translation>
    </message>
    <message>
        <source>unknown disposition &apos;%1&apos;, kept as written</source>
        <translation>tuntematon lopputulos (disposition) &apos;%1&apos;, tuotu sellaisenaan</translation>
    </message>
    <message>
        <source>answered, with a duration of 0</source>
        <translation>vastattu (ANSWERED), mutta kesto (duration) on 0</translation>
    </message>
    <message>
        <source>the end time is before the start time; the end was taken as start + duration</source>
        <translation>päättymisaika on ennen alkamisaikaa; päättymisajaksi laskettiin alkamisaika + duration</translation>
    </message>
    <message>
        <source>end − start is %1 s but the duration says %2 s; the times are kept</source>
        <translation>end − start on %1 s, mutta duration on %2 s; ajat säilytettiin ennallaan</translation>
    </message>
    <message>
        <source>the times fall in the hour that repeats when summer time ends; they were read from the durations</source>
        <translation>ajat osuvat tuntiin, joka toistuu kesäajan päättyessä; ne tulkittiin kestojen perusteella</translation>
    </message>
    <message>
        <source>the times fall in the hour that repeats when summer time ends; the earlier reading was taken</source>
        <translation>ajat osuvat tuntiin, joka toistuu kesäajan päättyessä; valittiin aikaisempi tulkinta</translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) in the caller&apos;s name were replaced</source>
        <translation>
            <numerusform>soittajan nimessä korvattiin %n ohjausmerkki</numerusform>
            <numerusform>soittajan nimessä korvattiin %n ohjausmerkkiä</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Ei vastattu</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <source>Congestion</source>
        <translation>Ruuhka</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
</context>
<context>
    <name>AudioDecoder</name>
    <message>
        <source>the file is empty</source>
        <translation>tiedosto on tyhjä</translation>
    </message>
    <message>
        <source>not audio in a format that can be read (%1)</source>
        <translation>ei ole ääntä missään luettavassa muodossa (%1)</translation>
    </message>
    <message>
        <source>%1 channels at %2 Hz is not audio</source>
        <translation>%1 kanavaa %2 Hz:n taajuudella ei ole ääntä</translation>
    </message>
    <message>
        <source>the audio is damaged after %1 s (%2)</source>
        <translation>ääni on vioittunut kohdasta %1 s alkaen (%2)</translation>
    </message>
    <message numerus="yes">
        <source>the recording is longer than %n hours</source>
        <translation>
            <numerusform>tallenne on yli %n tunnin mittainen</numerusform>
            <numerusform>tallenne on yli %n tunnin mittainen</numerusform>
        </translation>
    </message>
    <message>
        <source>No recording is open.</source>
        <translation>Yhtään tallennetta ei ole avattu.</translation>
    </message>
    <message>
        <source>decoded, the recording would take more than %1 MB</source>
        <translation>purettuna tallenne veisi yli %1 Mt</translation>
    </message>
    <message>
        <source>The recording cannot be decoded: %1.</source>
        <translation>Tallennetta ei voi dekoodata: %1.</translation>
    </message>
    <message>
        <source>The recording cannot be decoded: it holds no audio.</source>
        <translation>Tallennetta ei voi dekoodata: siinä ei ole ääntä.</translation>
    </message>
    <message>
        <source>%1 channels; a recording is mono, or stereo with the agent and the customer apart</source>
        <translation>%1 kanavaa; tallenteen on oltava mono tai stereo, jossa asiakaspalvelija ja asiakas ovat eri kanavilla</translation>
    </message>
    <message>
        <source>a sample rate of %1 Hz; a recording has %2 to %3 Hz</source>
        <translation>näytteenottotaajuus %1 Hz; tallenteen taajuus on %2–%3 Hz</translation>
    </message>
</context>
<context>
    <name>AudioProbe</name>
    <message>
        <source>recording %1: %2</source>
        <translation>tallenne %1: %2</translation>
    </message>
    <message>
        <source>the data chunk is cut short (expected %1 bytes, found %2)</source>
        <translation>data-lohko on katkennut (odotettiin %1 tavua, löytyi %2)</translation>
    </message>
    <message>
        <source>WAV format %1 with %2-bit samples is not supported</source>
        <translation>WAV-muotoa %1 %2-bittisin näyttein ei tueta</translation>
    </message>
    <message>
        <source>%1 channels; a recording is mono, or stereo with the agent and the customer apart</source>
        <translation>%1 kanavaa; tallenteen on oltava mono tai stereo, jossa asiakaspalvelija ja asiakas ovat eri kanavilla</translation>
    </message>
    <message>
        <source>the WAV header gives no sample rate</source>
        <translation>WAV-otsakkeessa ei ole näytteenottotaajuutta</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tiedosto on tyhjä</translation>
    </message>
    <message>
        <source>the WAV codec 0x%1 is not supported</source>
        <translation>WAV-koodekkia 0x%1 ei tueta</translation>
    </message>
    <message>
        <source>the file has a header but no audio</source>
        <translation>tiedostossa on otsake mutta ei ääntä</translation>
    </message>
    <message>
        <source>the codec of Asterisk&apos;s .%1 files is not supported</source>
        <translation>Asteriskin .%1-tiedostojen koodekkia ei tueta</translation>
    </message>
    <message>
        <source>the audio format (%1) is not supported</source>
        <translation>äänimuotoa (%1) ei tueta</translation>
    </message>
    <message>
        <source>the file is shorter than one frame of its codec</source>
        <translation>tiedosto on lyhyempi kuin koodekin yksi kehys</translation>
    </message>
    <message>
        <source>the header gave no sizes; repaired: %1 s of audio</source>
        <translation>otsakkeessa ei ollut kokoja; korjattu: %1 s ääntä</translation>
    </message>
    <message>
        <source>the WAV header&apos;s sizes were never written (%1 s of audio follow; the recording may still have been in progress)</source>
        <translation>WAV-otsakkeeseen ei koskaan kirjoitettu kokoja (perässä on %1 s ääntä; tallennus saattoi olla vielä kesken)</translation>
    </message>
    <message numerus="yes">
        <source>the WAV header&apos;s block size (%1 bytes) does not fit %n channel(s) of %2-bit samples (%3 bytes)</source>
        <translation>
            <numerusform>WAV-otsakkeen lohkokoko (%1 tavua) ei sovi %n kanavan %2-bittisiin näytteisiin (%3 tavua)</numerusform>
            <numerusform>WAV-otsakkeen lohkokoko (%1 tavua) ei sovi %n kanavan %2-bittisiin näytteisiin (%3 tavua)</numerusform>
        </translation>
    </message>
    <message>
        <source>the WAV header and the audio disagree (%1 frames at %2 Hz in the header, %3 at %4 Hz read)</source>
        <translation>WAV-otsake ja ääni eivät täsmää (otsakkeessa %1 kehystä taajuudella %2 Hz, luettiin %3 taajuudella %4 Hz)</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Agents listed</source>
        <translation>Asiakaspalvelijat listattu</translation>
    </message>
    <message>
        <source>Audit trail purged to a checkpoint</source>
        <translation>Tarkastuslokia poistettu tarkistuspisteeseen asti</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Tarkastusloki viety</translation>
    </message>
    <message>
        <source>Audit trail head signed</source>
        <translation>Lokin pää allekirjoitettu</translation>
    </message>
    <message>
        <source>Audit trail listed</source>
        <translation>Tarkastusloki listattu</translation>
    </message>
    <message>
        <source>Audit trail read</source>
        <translation>Tarkastuslokia luettu</translation>
    </message>
    <message>
        <source>Audit signatures begun</source>
        <translation>Lokin allekirjoitukset aloitettu</translation>
    </message>
    <message>
        <source>Audit trail verified</source>
        <translation>Tarkastusloki tarkistettu</translation>
    </message>
    <message>
        <source>Call opened</source>
        <translation>Puhelu avattu</translation>
    </message>
    <message>
        <source>Calls listed</source>
        <translation>Puhelut listattu</translation>
    </message>
    <message>
        <source>Call rows read</source>
        <translation>Puhelurivejä luettu</translation>
    </message>
    <message>
        <source>Calls searched</source>
        <translation>Puheluita haettu</translation>
    </message>
    <message>
        <source>Channels listed</source>
        <translation>Kanavat listattu</translation>
    </message>
    <message>
        <source>Chat opened</source>
        <translation>Chat-keskustelu avattu</translation>
    </message>
    <message>
        <source>Chats searched by their text</source>
        <translation>Chat-keskusteluja haettu tekstistä</translation>
    </message>
    <message>
        <source>Chats listed</source>
        <translation>Chat-keskustelut listattu</translation>
    </message>
    <message>
        <source>Chat rows read</source>
        <translation>Chat-keskustelujen rivejä luettu</translation>
    </message>
    <message>
        <source>Chats searched</source>
        <translation>Chat-keskusteluja haettu</translation>
    </message>
    <message>
        <source>Demo data filled in</source>
        <translation>Esittelytiedot lisätty</translation>
    </message>
    <message>
        <source>Legal hold placed</source>
        <translation>Poistoesto asetettu</translation>
    </message>
    <message>
        <source>Ended legal hold lifted</source>
        <translation>Päättynyt poistoesto purettu</translation>
    </message>
    <message>
        <source>Legal holds listed</source>
        <translation>Poistoestot listattu</translation>
    </message>
    <message>
        <source>Legal hold released</source>
        <translation>Poistoesto päätetty</translation>
    </message>
    <message>
        <source>Calls imported</source>
        <translation>Puhelut tuotu</translation>
    </message>
    <message>
        <source>Chats imported</source>
        <translation>Chat-keskustelut tuotu</translation>
    </message>
    <message>
        <source>Search index brought up to date</source>
        <translation>Hakuhakemisto päivitetty</translation>
    </message>
    <message>
        <source>Key added</source>
        <translation>Avain lisätty</translation>
    </message>
    <message>
        <source>Key granted</source>
        <translation>Avain myönnetty</translation>
    </message>
    <message>
        <source>Key grant waiting for a holder</source>
        <translation>Avaimen myöntäminen odottaa haltijaa</translation>
    </message>
    <message>
        <source>Signing key introduced</source>
        <translation>Allekirjoitusavain otettu käyttöön</translation>
    </message>
    <message>
        <source>Key rotated</source>
        <translation>Avain vaihdettu</translation>
    </message>
    <message>
        <source>Key rotation completed</source>
        <translation>Avainten vaihto valmis</translation>
    </message>
    <message>
        <source>Key holdings listed</source>
        <translation>Avainten haltijat listattu</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Kirjautui sisään</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>Epäonnistunut kirjautuminen</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Ei oikeutta</translation>
    </message>
    <message>
        <source>Added to a playlist</source>
        <translation>Lisätty kuuntelulistaan</translation>
    </message>
    <message>
        <source>Playlist created</source>
        <translation>Kuuntelulista luotu</translation>
    </message>
    <message>
        <source>Playlist deleted</source>
        <translation>Kuuntelulista poistettu</translation>
    </message>
    <message>
        <source>Playlists listed</source>
        <translation>Kuuntelulistat listattu</translation>
    </message>
    <message>
        <source>Playlist reordered</source>
        <translation>Kuuntelulistan järjestystä muutettu</translation>
    </message>
    <message>
        <source>Removed from a playlist</source>
        <translation>Poistettu kuuntelulistalta</translation>
    </message>
    <message>
        <source>Playlist renamed</source>
        <translation>Kuuntelulista nimetty uudelleen</translation>
    </message>
    <message>
        <source>Playlist opened</source>
        <translation>Kuuntelulista avattu</translation>
    </message>
    <message>
        <source>Profile history read</source>
        <translation>Rekisteriprofiilin historiaa luettu</translation>
    </message>
    <message>
        <source>Register profile read</source>
        <translation>Rekisteriprofiili luettu</translation>
    </message>
    <message>
        <source>Register profile set</source>
        <translation>Rekisteriprofiili asetettu</translation>
    </message>
    <message>
        <source>Queues listed</source>
        <translation>Jonot listattu</translation>
    </message>
    <message>
        <source>Recording heard</source>
        <translation>Tallennetta kuunneltu</translation>
    </message>
    <message>
        <source>Recording played</source>
        <translation>Tallenne toistettu</translation>
    </message>
    <message>
        <source>Register created</source>
        <translation>Rekisteri luotu</translation>
    </message>
    <message>
        <source>Register key changed</source>
        <translation>Rekisterin avain vaihdettu</translation>
    </message>
    <message>
        <source>Register verified</source>
        <translation>Rekisteri tarkistettu</translation>
    </message>
    <message>
        <source>Register file compacted</source>
        <translation>Rekisteritiedosto tiivistetty</translation>
    </message>
    <message>
        <source>Purge previewed</source>
        <translation>Poiston esikatselu</translation>
    </message>
    <message>
        <source>Retention purge</source>
        <translation>Säilytysajan ylittäneiden poisto</translation>
    </message>
    <message>
        <source>Retention purge: one batch</source>
        <translation>Säilytysajan ylittäneiden poisto: yksi erä</translation>
    </message>
    <message>
        <source>Retention purge: data subjects without data</source>
        <translation>Säilytysajan ylittäneiden poisto: rekisteröidyt, joilla ei ole tietoja</translation>
    </message>
    <message>
        <source>Data subject looked up</source>
        <translation>Rekisteröityä haettu</translation>
    </message>
    <message>
        <source>Tag added</source>
        <translation>Merkintä lisätty</translation>
    </message>
    <message>
        <source>Tag deleted</source>
        <translation>Merkintä poistettu</translation>
    </message>
    <message>
        <source>Tag edited</source>
        <translation>Merkintää muokattu</translation>
    </message>
    <message>
        <source>Tag label added</source>
        <translation>Merkinnän nimike lisätty</translation>
    </message>
    <message>
        <source>Tag label deleted</source>
        <translation>Merkinnän nimike poistettu</translation>
    </message>
    <message>
        <source>Tag label renamed</source>
        <translation>Merkinnän nimike nimetty uudelleen</translation>
    </message>
    <message>
        <source>Tag labels listed</source>
        <translation>Merkintöjen nimikkeet listattu</translation>
    </message>
    <message>
        <source>Tags listed</source>
        <translation>Merkinnät listattu</translation>
    </message>
    <message>
        <source>Tag read</source>
        <translation>Merkintä luettu</translation>
    </message>
    <message>
        <source>Unattended purge disabled</source>
        <translation>Valvomaton poisto poistettu käytöstä</translation>
    </message>
    <message>
        <source>Unattended purge enabled</source>
        <translation>Valvomaton poisto otettu käyttöön</translation>
    </message>
    <message>
        <source>Opened for the unattended purge</source>
        <translation>Avattu valvomatonta poistoa varten</translation>
    </message>
    <message>
        <source>Unattended purge checked</source>
        <translation>Valvomattoman poiston tila tarkistettu</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Käyttäjä lisätty</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>Avaimet luovutettu</translation>
    </message>
    <message>
        <source>Users listed</source>
        <translation>Käyttäjät listattu</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Salasana vaihdettu</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>Käyttäjä poistettu</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Roolit muutettu</translation>
    </message>
    <message>
        <source>Recordings</source>
        <translation>Tallenteet</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Puheluiden tiedot</translation>
    </message>
    <message>
        <source>Chat transcripts</source>
        <translation>Chat-keskustelut</translation>
    </message>
    <message>
        <source>Evaluations and tags</source>
        <translation>Arvioinnit ja merkinnät</translation>
    </message>
    <message>
        <source>Access-request records</source>
        <translation>Rekisteröityjen pyyntöjen tiedot</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Tarkastusloki</translation>
    </message>
    <message>
        <source>Data subjects without calls or chats</source>
        <translation>Rekisteröidyt ilman puheluita tai keskusteluja</translation>
    </message>
    <message>
        <source>a call</source>
        <translation>puhelu</translation>
    </message>
    <message>
        <source>a chat</source>
        <translation>chat-keskustelu</translation>
    </message>
    <message>
        <source>a data subject</source>
        <translation>rekisteröity</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>puhelinnumero</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>covers</source>
        <translation>koskee</translation>
    </message>
    <message>
        <source>id</source>
        <translation>tunniste</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>syy</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>viimeinen päivä</translation>
    </message>
    <message>
        <source>note</source>
        <translation>huomautus</translation>
    </message>
    <message>
        <source>count</source>
        <translation>määrä</translation>
    </message>
    <message>
        <source>released ones too</source>
        <translation>myös päätetyt</translation>
    </message>
    <message>
        <source>user</source>
        <translation>käyttäjä</translation>
    </message>
    <message>
        <source>action</source>
        <translation>toiminto</translation>
    </message>
    <message>
        <source>object</source>
        <translation>kohde</translation>
    </message>
    <message>
        <source>from</source>
        <translation>alkaen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>asti</translation>
    </message>
    <message>
        <source>up to entry</source>
        <translation>merkintään asti</translation>
    </message>
    <message>
        <source>own entries only</source>
        <translation>vain omat merkinnät</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>osumia</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>merkintöjä</translation>
    </message>
    <message>
        <source>category</source>
        <translation>luokka</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>tunnisteet</translation>
    </message>
    <message>
        <source>recordings</source>
        <translation>tallenteet</translation>
    </message>
    <message>
        <source>recording ids</source>
        <translation>tallenteiden tunnisteet</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>puhelut</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>chat-keskustelut</translation>
    </message>
    <message>
        <source>data subjects</source>
        <translation>rekisteröidyt</translation>
    </message>
    <message>
        <source>found by</source>
        <translation>haettu tiedolla</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>poistettu</translation>
    </message>
    <message>
        <source>kept by legal holds</source>
        <translation>poistoestojen vuoksi säilytetty</translation>
    </message>
    <message>
        <source>kept under restriction</source>
        <translation>käsittelyn rajoittamisen vuoksi säilytetty</translation>
    </message>
    <message>
        <source>legal holds lifted</source>
        <translation>purettuja poistoestoja</translation>
    </message>
    <message>
        <source>files removed</source>
        <translation>poistettuja tiedostoja</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>säilytetty</translation>
    </message>
    <message>
        <source>pages before</source>
        <translation>sivuja ennen</translation>
    </message>
    <message>
        <source>free pages before</source>
        <translation>vapaita sivuja ennen</translation>
    </message>
    <message>
        <source>pages after</source>
        <translation>sivuja jälkeen</translation>
    </message>
    <message>
        <source>page size (bytes)</source>
        <translation>sivun koko (tavua)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was due.</source>
        <translation>Mitään ei ollut poistettavana.</translation>
    </message>
    <message>
        <source>%1: %2 to delete, %3 kept by legal holds, %4 kept under restriction</source>
        <translation>%1: poistettavia %2, poistoestojen vuoksi säilytettäviä %3, käsittelyn rajoittamisen vuoksi säilytettäviä %4</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>osumia</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>eheä</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>rikki</translation>
    </message>
    <message>
        <source>system journal</source>
        <translation>järjestelmäloki</translation>
    </message>
    <message>
        <source>keyslots.json anchor</source>
        <translation>keyslots.json-ankkuri</translation>
    </message>
    <message>
        <source>kept head</source>
        <translation>säilytetty lokin pää</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>result</source>
        <translation>tulos</translation>
    </message>
    <message>
        <source>witnesses checked</source>
        <translation>tarkistetut todistajat</translation>
    </message>
    <message>
        <source>Request closed</source>
        <translation>Pyyntö suljettu</translation>
    </message>
    <message>
        <source>Excluded from a request</source>
        <translation>Jätetty pois pyynnöstä</translation>
    </message>
    <message>
        <source>Request&apos;s deadline extended</source>
        <translation>Pyynnön määräaikaa jatkettu</translation>
    </message>
    <message>
        <source>Fee decided for a request</source>
        <translation>Pyynnön maksusta päätetty</translation>
    </message>
    <message>
        <source>More found for a request</source>
        <translation>Pyyntöön haettu lisää</translation>
    </message>
    <message>
        <source>Included in a request</source>
        <translation>Otettu mukaan pyyntöön</translation>
    </message>
    <message>
        <source>Requests listed</source>
        <translation>Pyynnöt listattu</translation>
    </message>
    <message>
        <source>Request opened</source>
        <translation>Pyyntö avattu</translation>
    </message>
    <message>
        <source>Request read</source>
        <translation>Pyyntö luettu</translation>
    </message>
    <message>
        <source>Refused by a request&apos;s rule</source>
        <translation>Pyynnön sääntö esti</translation>
    </message>
    <message>
        <source>Requester&apos;s identity verified</source>
        <translation>Pyytäjän henkilöllisyys todennettu</translation>
    </message>
    <message>
        <source>Data subject&apos;s records erased</source>
        <translation>Rekisteröidyn tiedot poistettu</translation>
    </message>
    <message>
        <source>Erasure planned</source>
        <translation>Poistaminen suunniteltu</translation>
    </message>
    <message>
        <source>Copy of a data subject&apos;s data handed over</source>
        <translation>Rekisteröidylle annettu jäljennös tiedoista</translation>
    </message>
    <message>
        <source>Objection decided</source>
        <translation>Vastustuksesta päätetty</translation>
    </message>
    <message>
        <source>Data subject&apos;s identifier rectified</source>
        <translation>Rekisteröidyn tunnistetieto oikaistu</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Käsittelyä rajoitettu</translation>
    </message>
    <message>
        <source>Restriction of processing lifted</source>
        <translation>Käsittelyn rajoittaminen päätetty</translation>
    </message>
    <message>
        <source>not their own tag</source>
        <translation>ei oma merkintä</translation>
    </message>
    <message>
        <source>not their own playlist</source>
        <translation>ei oma kuuntelulista</translation>
    </message>
    <message>
        <source>processing restricted</source>
        <translation>käsittelyä rajoitettu</translation>
    </message>
    <message>
        <source>purpose not allowed for the role</source>
        <translation>käyttötarkoitus ei ole roolille sallittu</translation>
    </message>
    <message>
        <source>the request is closed</source>
        <translation>pyyntö on suljettu</translation>
    </message>
    <message>
        <source>not part of the request</source>
        <translation>ei kuulu pyyntöön</translation>
    </message>
    <message>
        <source>objection upheld</source>
        <translation>vastustus hyväksytty</translation>
    </message>
    <message>
        <source>overridden on compelling grounds</source>
        <translation>ohitettu pakottavin perustein</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roolit</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>allekirjoitusavain</translation>
    </message>
    <message>
        <source>key</source>
        <translation>avain</translation>
    </message>
    <message>
        <source>key version</source>
        <translation>avaimen versio</translation>
    </message>
    <message>
        <source>holders</source>
        <translation>haltijat</translation>
    </message>
    <message>
        <source>taken from</source>
        <translation>otettu pois käyttäjältä</translation>
    </message>
    <message>
        <source>sealed again</source>
        <translation>sinetöity uudelleen</translation>
    </message>
    <message>
        <source>keys given up</source>
        <translation>luovutetut avaimet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>odottaa</translation>
    </message>
    <message>
        <source>key slots</source>
        <translation>avainpaikat</translation>
    </message>
    <message>
        <source>permission</source>
        <translation>oikeus</translation>
    </message>
    <message>
        <source>register</source>
        <translation>rekisteri</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>kirjoittajat</translation>
    </message>
    <message>
        <source>cut after entry</source>
        <translation>katkaistu merkinnän jälkeen</translation>
    </message>
    <message>
        <source>hash at the cut</source>
        <translation>tiiviste katkaisukohdassa</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>poistettu</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>varoitukset</translation>
    </message>
    <message>
        <source>by agent</source>
        <translation>asiakaspalvelijan mukaan</translation>
    </message>
    <message>
        <source>by phone number</source>
        <translation>puhelinnumeron mukaan</translation>
    </message>
    <message>
        <source>by queue</source>
        <translation>jonon mukaan</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>suunta</translation>
    </message>
    <message>
        <source>shortest (s)</source>
        <translation>lyhin (s)</translation>
    </message>
    <message>
        <source>longest (s)</source>
        <translation>pisin (s)</translation>
    </message>
    <message>
        <source>search words</source>
        <translation>hakusanat</translation>
    </message>
    <message>
        <source>hits</source>
        <translation>osumat</translation>
    </message>
    <message>
        <source>in all</source>
        <translation>yhteensä</translation>
    </message>
    <message>
        <source>page</source>
        <translation>sivu</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rivit</translation>
    </message>
    <message>
        <source>call</source>
        <translation>puhelu</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>käyttötarkoitus</translation>
    </message>
    <message>
        <source>access request</source>
        <translation>tarkastuspyyntö</translation>
    </message>
    <message>
        <source>range (ms)</source>
        <translation>väli (ms)</translation>
    </message>
    <message>
        <source>ranges heard (ms)</source>
        <translation>kuunnellut välit (ms)</translation>
    </message>
    <message>
        <source>speeds</source>
        <translation>nopeudet</translation>
    </message>
    <message>
        <source>heard (ms)</source>
        <translation>kuunneltu (ms)</translation>
    </message>
    <message>
        <source>label</source>
        <translation>nimike</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>merkintä</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>merkinnät</translation>
    </message>
    <message>
        <source>clip</source>
        <translation>leike</translation>
    </message>
    <message>
        <source>position</source>
        <translation>sijainti</translation>
    </message>
    <message>
        <source>playlists</source>
        <translation>kuuntelulistat</translation>
    </message>
    <message>
        <source>clips</source>
        <translation>leikkeet</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>ei saatavilla</translation>
    </message>
    <message>
        <source>import</source>
        <translation>tuonti</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>tuotu</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ohitettu</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <source>imported in all</source>
        <translation>tuotu yhteensä</translation>
    </message>
    <message>
        <source>skipped in all</source>
        <translation>ohitettu yhteensä</translation>
    </message>
    <message>
        <source>rejected in all</source>
        <translation>hylätty yhteensä</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>viestit</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>laji</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>tunnistetieto</translation>
    </message>
    <message>
        <source>identifiers</source>
        <translation>tunnistetiedot</translation>
    </message>
    <message>
        <source>data subject</source>
        <translation>rekisteröity</translation>
    </message>
    <message>
        <source>data subject ids</source>
        <translation>rekisteröityjen tunnisteet</translation>
    </message>
    <message>
        <source>call ids</source>
        <translation>puhelujen tunnisteet</translation>
    </message>
    <message>
        <source>chat ids</source>
        <translation>chat-keskustelujen tunnisteet</translation>
    </message>
    <message>
        <source>data subjects under restriction</source>
        <translation>rekisteröidyt, joiden tietojen käsittelyä on rajoitettu</translation>
    </message>
    <message>
        <source>before</source>
        <translation>ennen</translation>
    </message>
    <message>
        <source>after</source>
        <translation>jälkeen</translation>
    </message>
    <message>
        <source>request</source>
        <translation>pyyntö</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>pyynnöt</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanava</translation>
    </message>
    <message>
        <source>received</source>
        <translation>vastaanotettu</translation>
    </message>
    <message>
        <source>due</source>
        <translation>määräpäivä</translation>
    </message>
    <message>
        <source>months</source>
        <translation>kuukaudet</translation>
    </message>
    <message>
        <source>earlier requests</source>
        <translation>aiemmat pyynnöt</translation>
    </message>
    <message>
        <source>possibly repetitive</source>
        <translation>mahdollisesti toistuva</translation>
    </message>
    <message>
        <source>found</source>
        <translation>löytyi</translation>
    </message>
    <message>
        <source>new</source>
        <translation>uusia</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>jätetty pois</translation>
    </message>
    <message>
        <source>verified by</source>
        <translation>todennettu</translation>
    </message>
    <message>
        <source>document</source>
        <translation>asiakirja</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>sääntö</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>lopputulos</translation>
    </message>
    <message>
        <source>open ones only</source>
        <translation>vain avoimet</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>päätös</translation>
    </message>
    <message>
        <source>grounds</source>
        <translation>perusteet</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>salattu</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>toimitustapa</translation>
    </message>
    <message>
        <source>call details</source>
        <translation>puhelujen tiedot</translation>
    </message>
    <message>
        <source>Calibration closed</source>
        <translation>Kalibrointi päätetty</translation>
    </message>
    <message>
        <source>Calibration started</source>
        <translation>Kalibrointi aloitettu</translation>
    </message>
    <message>
        <source>Calibration joined</source>
        <translation>Kalibrointiin osallistuttu</translation>
    </message>
    <message>
        <source>Calibrations listed</source>
        <translation>Kalibroinnit listattu</translation>
    </message>
    <message>
        <source>Calibration read</source>
        <translation>Kalibrointi luettu</translation>
    </message>
    <message>
        <source>Evaluation draft discarded</source>
        <translation>Arviointiluonnos hylätty</translation>
    </message>
    <message>
        <source>Evaluations listed</source>
        <translation>Arvioinnit listattu</translation>
    </message>
    <message>
        <source>Evaluation read</source>
        <translation>Arviointi luettu</translation>
    </message>
    <message>
        <source>Submitted evaluation changed</source>
        <translation>Lähetettyä arviointia muutettu</translation>
    </message>
    <message>
        <source>Evaluation draft saved</source>
        <translation>Arviointiluonnos tallennettu</translation>
    </message>
    <message>
        <source>Evaluation started</source>
        <translation>Arviointi aloitettu</translation>
    </message>
    <message>
        <source>Evaluation submitted</source>
        <translation>Arviointi lähetetty</translation>
    </message>
    <message>
        <source>Quality report made</source>
        <translation>Laadunarvioinnin raportti tehty</translation>
    </message>
    <message>
        <source>Sample drawn</source>
        <translation>Otos arvottu</translation>
    </message>
    <message>
        <source>Samples listed</source>
        <translation>Otokset listattu</translation>
    </message>
    <message>
        <source>Sample read</source>
        <translation>Otos luettu</translation>
    </message>
    <message>
        <source>Scorecard changed</source>
        <translation>Arviointilomaketta muutettu</translation>
    </message>
    <message>
        <source>Scorecard created</source>
        <translation>Arviointilomake luotu</translation>
    </message>
    <message>
        <source>Scorecard exported</source>
        <translation>Arviointilomake viety</translation>
    </message>
    <message>
        <source>Scorecard imported</source>
        <translation>Arviointilomake tuotu</translation>
    </message>
    <message>
        <source>Scorecards listed</source>
        <translation>Arviointilomakkeet listattu</translation>
    </message>
    <message>
        <source>Scorecard read</source>
        <translation>Arviointilomake luettu</translation>
    </message>
    <message>
        <source>Scorecard reinstated</source>
        <translation>Arviointilomake palautettu käyttöön</translation>
    </message>
    <message>
        <source>Scorecard retired</source>
        <translation>Arviointilomake poistettu käytöstä</translation>
    </message>
    <message>
        <source>Tags on recordings</source>
        <translation>Tallenteisiin tehdyt merkinnät</translation>
    </message>
    <message>
        <source>Calibrations left without evaluations</source>
        <translation>Ilman arviointeja jääneet kalibroinnit</translation>
    </message>
    <message>
        <source>calibrations left without evaluations deleted</source>
        <translation>ilman arviointeja jääneitä kalibrointeja poistettu</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat-keskustelu</translation>
    </message>
    <message>
        <source>criteria</source>
        <translation>kohtia</translation>
    </message>
    <message>
        <source>critical criterion failed</source>
        <translation>kriittinen kohta ei täyttynyt</translation>
    </message>
    <message>
        <source>earlier score</source>
        <translation>aiempi tulos</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>arviointi</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>arviointeja</translation>
    </message>
    <message>
        <source>items</source>
        <translation>kohteita</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>uusi versio</translation>
    </message>
    <message>
        <source>reviewers</source>
        <translation>arvioijia</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>versio</translation>
    </message>
    <message>
        <source>score</source>
        <translation>tulos</translation>
    </message>
    <message>
        <source>scorecard</source>
        <translation>arviointilomake</translation>
    </message>
    <message>
        <source>scorecard version</source>
        <translation>arviointilomakkeen versio</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>siemenluku</translation>
    </message>
    <message>
        <source>candidates</source>
        <translation>ehdokkaita</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>viikkoja</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>enintään</translation>
    </message>
    <message>
        <source>Files without a recording moved to quarantine</source>
        <translation>Tiedostot ilman tallennetta siirretty karanteeniin</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>ei ongelmia</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>ongelmia löytyi</translation>
    </message>
    <message>
        <source>full</source>
        <translation>täysi</translation>
    </message>
    <message>
        <source>quick (recordings&apos; contents not read)</source>
        <translation>pika (tallenteiden sisältöä ei luettu)</translation>
    </message>
    <message>
        <source>check</source>
        <translation>tarkistus</translation>
    </message>
    <message>
        <source>failed checks</source>
        <translation>epäonnistuneet tarkistukset</translation>
    </message>
    <message>
        <source>files moved</source>
        <translation>siirrettyjä tiedostoja</translation>
    </message>
    <message>
        <source>to folder</source>
        <translation>kansioon</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>käyttäjänimi</translation>
    </message>
    <message>
        <source>different names</source>
        <translation>eri nimiä</translation>
    </message>
    <message>
        <source>first attempt</source>
        <translation>ensimmäinen yritys</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>viimeinen yritys</translation>
    </message>
    <message>
        <source>Missing recording recorded as lost</source>
        <translation>Puuttuva tallenne kirjattu kadonneeksi</translation>
    </message>
    <message>
        <source>recordings recorded as lost</source>
        <translation>tallenteet kirjattu kadonneiksi</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>tallenne</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tiedosto</translation>
    </message>
</context>
<context>
    <name>AuditAuthors</name>
    <message>
        <source>The signing key of %1 could not be recorded: %2</source>
        <translation>Tunnuksen %1 allekirjoitusavainta ei voitu tallentaa: %2</translation>
    </message>
    <message>
        <source>The key identities cannot be read: %1</source>
        <translation>Avainidentiteettejä ei voi lukea: %1</translation>
    </message>
    <message>
        <source>The register does not know the identity of %1.</source>
        <translation>Rekisteri ei tunne tunnuksen %1 identiteettiä.</translation>
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
        <source>The audit entry cannot be signed: no signing key is open.</source>
        <translation>Tarkastuslokin merkintää ei voi allekirjoittaa: allekirjoitusavainta ei ole avattu.</translation>
    </message>
    <message>
        <source>The audit checkpoint could not be recorded: %1</source>
        <translation>Lokin tarkistuspistettä ei voitu tallentaa: %1</translation>
    </message>
    <message>
        <source>The audit entries before the checkpoint could not be removed: %1</source>
        <translation>Tarkistuspistettä edeltäviä lokin merkintöjä ei voitu poistaa: %1</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>keyslots.json belongs to register %1, but the audit trail to %2.</source>
        <translation>keyslots.json kuuluu rekisteriin %1, mutta tarkastusloki rekisteriin %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries from before signatures: hash-chained, not signed</source>
        <translation>
            <numerusform>%n merkintä ajalta ennen allekirjoituksia: ketjutettu tiivisteillä, ei allekirjoitettu</numerusform>
            <numerusform>%n merkintää ajalta ennen allekirjoituksia: ketjutettu tiivisteillä, ei allekirjoitettu</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet signing (no login since the migration): %1</source>
        <translation>eivät vielä allekirjoita (eivät ole kirjautuneet siirtymän jälkeen): %1</translation>
    </message>
    <message>
        <source>system journal</source>
        <translation>järjestelmäloki</translation>
    </message>
    <message>
        <source>kept head</source>
        <translation>säilytetty lokin pää</translation>
    </message>
    <message>
        <source>keyslots.json anchor</source>
        <translation>keyslots.json-ankkuri</translation>
    </message>
    <message>
        <source>The trail does not give you (%1) your own signing key: it was rewritten with other keys.</source>
        <translation>Tarkastusloki ei anna sinulle (%1) omaa allekirjoitusavaintasi: se on kirjoitettu uudelleen muilla avaimilla.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>entries up to %1 purged on the trail&apos;s retention period; checked from the signed checkpoint at entry %2</source>
        <translation>merkinnät %1 asti poistettu tarkastuslokin säilytysajan päätyttyä; tarkistettu merkinnän %2 allekirjoitetusta tarkistuspisteestä alkaen</translation>
    </message>
</context>
<context>
    <name>AuditTrailView</name>
    <message>
        <source>The CSV file cannot be written: %1</source>
        <translation>CSV-tiedostoa ei voi kirjoittaa: %1</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
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
        <source>Entry %1 has no signature, but every entry since signatures began must have one.</source>
        <translation>Merkinnällä %1 ei ole allekirjoitusta, vaikka jokainen merkintä allekirjoitusten käyttöönoton jälkeen on allekirjoitettava.</translation>
    </message>
    <message>
        <source>Entry %1 is signed, but the unsigned entries before it do not end with the entry of the migration to signatures.</source>
        <translation>Merkintä %1 on allekirjoitettu, mutta sitä edeltävät allekirjoittamattomat merkinnät eivät pääty allekirjoituksiin siirtymisen merkintään.</translation>
    </message>
    <message>
        <source>Entry %1 is signed as %2, whose key the trail never introduced (or who was removed): it was inserted.</source>
        <translation>Merkintä %1 on allekirjoitettu tunnuksella %2, jonka avainta loki ei ole koskaan esitellyt (tai joka on poistettu): merkintä on lisätty jälkikäteen.</translation>
    </message>
    <message>
        <source>Entry %1 (%2, by %3) does not carry %3&apos;s signature: it was changed or written by someone else, and the chain re-hashed.</source>
        <translation>Merkinnässä %1 (%2, tekijä %3) ei ole tunnuksen %3 allekirjoitusta: merkintää on muutettu tai sen on kirjoittanut joku muu, ja ketjun tiivisteet on laskettu uudelleen.</translation>
    </message>
    <message>
        <source>Entry %1: %2 acted with the roles %3, but the trail gives them %4.</source>
        <translation>Merkintä %1: %2 toimi rooleilla %3, mutta lokin mukaan hänellä on roolit %4.</translation>
    </message>
    <message>
        <source>Entry %1, the migration to signatures, is malformed.</source>
        <translation>Merkintä %1, siirtyminen allekirjoituksiin, on virheellinen.</translation>
    </message>
    <message>
        <source>Entry %1, the migration to signatures, lists users or roles that the entries before it do not give: %2.</source>
        <translation>Merkintä %1, siirtyminen allekirjoituksiin, luettelee käyttäjiä tai rooleja, joita sitä edeltävät merkinnät eivät anna: %2.</translation>
    </message>
    <message>
        <source>Entry %1 should be the first administrator&apos;s self-signed introduction, and it is not.</source>
        <translation>Merkinnän %1 pitäisi olla ensimmäisen pääkäyttäjän itse allekirjoittama esittely, mutta se ei ole.</translation>
    </message>
    <message>
        <source>Entry %1 introduces a key for %2, but it was written as %3.</source>
        <translation>Merkintä %1 esittelee avaimen tunnukselle %2, mutta sen kirjoittajaksi on merkitty %3.</translation>
    </message>
    <message>
        <source>Entry %1: %2 introduces a key of their own, but only those listed at the migration to signatures may, once.</source>
        <translation>Merkintä %1: %2 esittelee oman avaimensa, mutta niin saavat tehdä vain allekirjoituksiin siirryttäessä luetellut, ja vain kerran.</translation>
    </message>
    <message>
        <source>Entry %1 (%2 of %3) was signed by %4, who was not an administrator then.</source>
        <translation>Merkinnän %1 (%2, kohde %3) allekirjoitti %4, joka ei silloin ollut pääkäyttäjä.</translation>
    </message>
    <message>
        <source>Entry %1 (%2 of %3) lacks the roles or the signing key it must carry.</source>
        <translation>Merkinnästä %1 (%2, kohde %3) puuttuvat roolit tai allekirjoitusavain, jotka siinä on oltava.</translation>
    </message>
    <message>
        <source>Entry %1 adds %2, who already exists.</source>
        <translation>Merkintä %1 lisää käyttäjän %2, joka on jo olemassa.</translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation>Tarkastusloki on tyhjä.</translation>
    </message>
    <message>
        <source>%1 is in the users table, but no entry of the trail added them.</source>
        <translation>%1 on käyttäjätaulussa, mutta mikään lokin merkintä ei ole lisännyt häntä.</translation>
    </message>
    <message>
        <source>%1 has the roles %2 in the users table, but the trail gives them %3: the roles were changed outside Tallenne.</source>
        <translation>Käyttäjällä %1 on käyttäjätaulussa roolit %2, mutta lokin mukaan hänellä on roolit %3: rooleja on muutettu Tallenteen ulkopuolella.</translation>
    </message>
    <message>
        <source>%1 is missing from the users table, but no entry of the trail removed them.</source>
        <translation>%1 puuttuu käyttäjätaulusta, mutta mikään lokin merkintä ei ole poistanut häntä.</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>Tarkistus peruttiin.</translation>
    </message>
    <message>
        <source>Entry %1, an audit checkpoint, is malformed.</source>
        <translation>Merkintä %1, lokin tarkistuspiste, on virheellinen.</translation>
    </message>
    <message>
        <source>Entry %1, an audit checkpoint, was signed by %2, who may not purge the trail.</source>
        <translation>Merkinnän %1, lokin tarkistuspisteen, on allekirjoittanut %2, jolla ei ole oikeutta poistaa tarkastuslokia.</translation>
    </message>
    <message>
        <source>Entry %1, an audit checkpoint, records a hash for entry %2 that is not that entry&apos;s.</source>
        <translation>Merkintä %1, lokin tarkistuspiste, kirjaa merkinnälle %2 tiivisteen, joka ei ole sen merkinnän.</translation>
    </message>
    <message>
        <source>Entry %1, an audit checkpoint, records authors, keys or roles at entry %2 that the trail does not give.</source>
        <translation>Merkintä %1, lokin tarkistuspiste, kirjaa merkinnän %2 kohdalle kirjoittajia, avaimia tai rooleja, joita tarkastusloki ei anna.</translation>
    </message>
    <message>
        <source>The audit trail does not verify up to entry %1: %2</source>
        <translation>Tarkastusloki ei ole eheä merkintään %1 asti: %2</translation>
    </message>
    <message>
        <source>The audit trail cannot be checkpointed at entry %1.</source>
        <translation>Tarkastuslokiin ei voi tehdä tarkistuspistettä merkinnän %1 kohdalle.</translation>
    </message>
</context>
<context>
    <name>BatchForeignKeys</name>
    <message>
        <source>Checking references</source>
        <translation>Viittausten tarkistus</translation>
    </message>
    <message>
        <source>A row written to %1 refers to a row that does not exist (FOREIGN KEY constraint failed); nothing of this batch was written.</source>
        <translation>Tauluun %1 kirjoitettu rivi viittaa riviin, jota ei ole (FOREIGN KEY -ehto ei täyty); tästä erästä ei kirjoitettu mitään.</translation>
    </message>
</context>
<context>
    <name>BrowseService</name>
    <message>
        <source>Preparing a search</source>
        <translation>Haun valmisteleminen</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Hakeminen</translation>
    </message>
    <message>
        <source>The phone number cannot be searched: %1</source>
        <translation>Puhelinnumerolla ei voi hakea: %1</translation>
    </message>
    <message>
        <source>This record is under restriction of processing and hidden from your roles.</source>
        <translation>Tämän tietueen käsittelyä on rajoitettu, eikä se näy rooleillesi.</translation>
    </message>
    <message>
        <source>Opening a call</source>
        <translation>Puhelun avaaminen</translation>
    </message>
    <message>
        <source>There is no call %1.</source>
        <translation>Puhelua %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>Opening a chat</source>
        <translation>Chat-keskustelun avaaminen</translation>
    </message>
    <message>
        <source>There is no chat %1.</source>
        <translation>Chat-keskustelua %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>Search for words only: quotes, parentheses, * and the operators AND, OR, NOT and NEAR are not supported. Every word you type must occur.</source>
        <translation>Hae pelkillä sanoilla: lainausmerkkejä, sulkeita, *-merkkiä ja operaattoreita AND, OR, NOT ja NEAR ei tueta. Jokaisen kirjoittamasi sanan on esiinnyttävä tekstissä.</translation>
    </message>
    <message>
        <source>Type at least one word to search for (letters or digits).</source>
        <translation>Kirjoita ainakin yksi haettava sana (kirjaimia tai numeroita).</translation>
    </message>
    <message>
        <source>The search text could not be used: %1</source>
        <translation>Hakutekstiä ei voitu käyttää: %1</translation>
    </message>
    <message>
        <source>Listing calls</source>
        <translation>Puheluiden listaaminen</translation>
    </message>
    <message>
        <source>Listing chats</source>
        <translation>Chat-keskustelujen listaaminen</translation>
    </message>
    <message>
        <source>Finding calls by a full number needs the lookup key, which you do not hold.</source>
        <translation>Puheluiden hakeminen koko numerolla vaatii hakuavaimen, jota sinulla ei ole.</translation>
    </message>
    <message>
        <source>Listing chat channels</source>
        <translation>Asiointikanavien luettelointi</translation>
    </message>
    <message>
        <source>There is no chat message %1.</source>
        <translation>Chat-viestiä %1 ei ole olemassa.</translation>
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
    <name>CalibrationService</name>
    <message>
        <source>There is no calibration %1.</source>
        <translation>Kalibrointia %1 ei ole.</translation>
    </message>
    <message>
        <source>There is no call %1.</source>
        <translation>Puhelua %1 ei ole.</translation>
    </message>
    <message>
        <source>There is no chat %1.</source>
        <translation>Chat-keskustelua %1 ei ole.</translation>
    </message>
    <message>
        <source>Call %1 has no recording: there is nothing to calibrate on.</source>
        <translation>Puhelulla %1 ei ole tallennetta: kalibroitavaa ei ole.</translation>
    </message>
    <message>
        <source>Scorecard &quot;%1&quot; is retired: choose another one.</source>
        <translation>Arviointilomake ”%1” on poistettu käytöstä: valitse toinen.</translation>
    </message>
    <message>
        <source>There is no scorecard %1.</source>
        <translation>Arviointilomaketta %1 ei ole.</translation>
    </message>
    <message>
        <source>Calibration %1 is closed: no one joins it any more.</source>
        <translation>Kalibrointi %1 on päättynyt: siihen ei voi enää osallistua.</translation>
    </message>
    <message>
        <source>Calibration %1 is already closed.</source>
        <translation>Kalibrointi %1 on jo päättynyt.</translation>
    </message>
    <message>
        <source>Calibration %1 needs at least two submitted evaluations before it is closed (it has %2).</source>
        <translation>Kalibrointi %1 voidaan päättää, kun siinä on vähintään kaksi lähetettyä arviointia (nyt %2).</translation>
    </message>
    <message>
        <source>The scorecard of calibration %1 cannot be read: %2</source>
        <translation>Kalibroinnin %1 arviointilomaketta ei voi lukea: %2</translation>
    </message>
</context>
<context>
    <name>CallFilterStore</name>
    <message>
        <source>A saved filter needs a name.</source>
        <translation>Tallennettu suodatin tarvitsee nimen.</translation>
    </message>
</context>
<context>
    <name>CallRepository</name>
    <message>
        <source>A call needs a source id and a start time.</source>
        <translation>Puhelulla on oltava lähdetunniste ja alkamisaika.</translation>
    </message>
    <message>
        <source>Storing a call</source>
        <translation>Puhelun tallentaminen</translation>
    </message>
    <message>
        <source>Finding a call</source>
        <translation>Puhelun hakeminen</translation>
    </message>
    <message>
        <source>Linking a call</source>
        <translation>Puhelun linkittäminen</translation>
    </message>
    <message>
        <source>There is no call %1.</source>
        <translation>Puhelua %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>Counting calls</source>
        <translation>Puheluiden laskeminen</translation>
    </message>
    <message>
        <source>Calls cannot be sorted by %1.</source>
        <translation>Puheluja ei voi lajitella kentän %1 mukaan.</translation>
    </message>
    <message>
        <source>Ordering names</source>
        <translation>Nimien järjestäminen</translation>
    </message>
    <message>
        <source>The register is not open.</source>
        <translation>Rekisteri ei ole auki.</translation>
    </message>
    <message>
        <source>Listing calls failed (%1): %2</source>
        <translation>Puhelujen luettelointi epäonnistui (%1): %2</translation>
    </message>
    <message>
        <source>Listing calls was cancelled.</source>
        <translation>Puhelujen luettelointi peruttiin.</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>Filter</source>
        <translation>Suodatin</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Loppu&amp;päivä:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Pu&amp;helin:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>As&amp;iakaspalvelija:</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Jono:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Suunta:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>D&amp;uration (s):</source>
        <translation>K&amp;esto (s):</translation>
    </message>
    <message>
        <source>Shortest duration in seconds</source>
        <translation>Lyhin kesto sekunteina</translation>
    </message>
    <message>
        <source>Longest duration in seconds</source>
        <translation>Pisin kesto sekunteina</translation>
    </message>
    <message>
        <source>&amp;Recording:</source>
        <translation>Ta&amp;llenne:</translation>
    </message>
    <message>
        <source>Has a recording</source>
        <translation>Tallenne olemassa</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Merkitty</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Arvioitu</translation>
    </message>
    <message>
        <source>Number of matching calls</source>
        <translation>Hakua vastaavien puheluiden määrä</translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation>&amp;Käytä suodatinta</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Puhelut</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Puhelun tiedot</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Alkupäivä:</translation>
    </message>
    <message>
        <source>Tagged / eva&amp;luated:</source>
        <translation>Merkitty / a&amp;rvioitu:</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>T&amp;yhjennä</translation>
    </message>
    <message>
        <source>Per&amp;iod:</source>
        <translation>Aikav&amp;äli:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Aikaväli</translation>
    </message>
    <message>
        <source>M&amp;y filters:</source>
        <translation>Omat suo&amp;dattimet:</translation>
    </message>
    <message>
        <source>My filters</source>
        <translation>Omat suodattimet</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Tallenna suodatin…</translation>
    </message>
    <message>
        <source>Saves the filter under a name, without the phone number</source>
        <translation>Tallentaa suodattimen nimellä, ilman puhelinnumeroa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Removes the chosen saved filter</source>
        <translation>Poistaa valitun tallennetun suodattimen</translation>
    </message>
    <message>
        <source>Colum&amp;ns…</source>
        <translation>Sarakkeet…</translation>
    </message>
    <message>
        <source>Choose the columns of the list; drag a column&apos;s heading to move it</source>
        <translation>Valitse luettelon sarakkeet; siirrä saraketta vetämällä sen otsikkoa</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>the register key</source>
        <translation>rekisteriavain</translation>
    </message>
    <message>
        <source>the identifier key</source>
        <translation>tunnistetietoavain</translation>
    </message>
    <message>
        <source>the lookup key</source>
        <translation>hakuavain</translation>
    </message>
    <message>
        <source>the recordings key</source>
        <translation>tallenneavain</translation>
    </message>
</context>
<context>
    <name>ChatJsonl</name>
    <message>
        <source>unknown field (expected one of %1)</source>
        <translation>tuntematon kenttä (odotettiin jotakin seuraavista: %1)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>on oltava merkkijono</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>saa olla enintään %1 merkkiä pitkä</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time with a UTC offset, such as 2024-05-02T14:03:00+03:00</source>
        <translation>on oltava ISO 8601 -muotoinen päivämäärä ja kellonaika UTC-poikkeamineen, esimerkiksi 2024-05-02T14:03:00+03:00</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>on oltava objekti</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>virheellistä JSONia (%1 merkin %2 kohdalla)</translation>
    </message>
    <message>
        <source>a line must hold one JSON object</source>
        <translation>rivillä on oltava yksi JSON-objekti</translation>
    </message>
    <message>
        <source>must be a non-empty string of at most %1 characters</source>
        <translation>on oltava merkkijono, joka ei ole tyhjä ja jossa on enintään %1 merkkiä</translation>
    </message>
    <message>
        <source>is before started</source>
        <translation>on aikaisempi kuin started</translation>
    </message>
    <message>
        <source>must be a lower-case word such as web, whatsapp or messenger</source>
        <translation>on oltava pienaakkosin kirjoitettu sana, kuten web, whatsapp tai messenger</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>on oltava taulukko</translation>
    </message>
    <message>
        <source>must be customer, agent, bot or system</source>
        <translation>on oltava customer, agent, bot tai system</translation>
    </message>
    <message>
        <source>web chat</source>
        <translation>verkkochat</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>tekstiviesti</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>rivi on yli %1 tavua pitkä</translation>
    </message>
    <message>
        <source>a chat has at most %1 messages; this one has %2</source>
        <translation>keskustelussa saa olla enintään %1 viestiä; tässä on %2</translation>
    </message>
</context>
<context>
    <name>ChatRepository</name>
    <message>
        <source>A chat needs a source id and a start time.</source>
        <translation>Chat-keskustelulla on oltava lähdetunniste ja alkamisaika.</translation>
    </message>
    <message>
        <source>Storing a chat</source>
        <translation>Chat-keskustelun tallentaminen</translation>
    </message>
    <message>
        <source>Storing a chat message</source>
        <translation>Chat-viestin tallentaminen</translation>
    </message>
    <message>
        <source>Finding a chat</source>
        <translation>Chat-keskustelun hakeminen</translation>
    </message>
    <message>
        <source>Linking a chat</source>
        <translation>Chat-keskustelun linkittäminen</translation>
    </message>
    <message>
        <source>There is no chat %1.</source>
        <translation>Chat-keskustelua %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>Counting chats</source>
        <translation>Chat-keskustelujen laskeminen</translation>
    </message>
</context>
<context>
    <name>ChatsPanel</name>
    <message>
        <source>&amp;Search in transcripts:</source>
        <translation>Hae &amp;keskustelujen teksteistä:</translation>
    </message>
    <message>
        <source>Search in transcripts</source>
        <translation>Hae keskustelujen teksteistä</translation>
    </message>
    <message>
        <source>&amp;Latest chats</source>
        <translation>&amp;Viimeisimmät keskustelut</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chat-keskustelut</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Keskusteluteksti</translation>
    </message>
    <message>
        <source>Sear&amp;ch</source>
        <translation>&amp;Hae</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>&amp;Alkupäivä:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Loppu&amp;päivä:</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>As&amp;iakaspalvelija:</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>Ch&amp;annel:</source>
        <translation>A&amp;siointikanava:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Asiointikanava</translation>
    </message>
</context>
<context>
    <name>CipherPageCheck</name>
    <message>
        <source>The register key must be %1 bytes.</source>
        <translation>Rekisterin avaimen on oltava %1 tavua.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>The page check could not derive its key.</source>
        <translation>Sivujen tarkistus ei voinut johtaa avaintaan.</translation>
    </message>
</context>
<context>
    <name>CompactionService</name>
    <message>
        <source>The register&apos;s %1 cannot be read: %2</source>
        <translation>Rekisterin tietoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>The register could not be compacted: %1</source>
        <translation>Rekisteriä ei voitu tiivistää: %1</translation>
    </message>
    <message>
        <source>The compacted register could not be written back: %1</source>
        <translation>Tiivistettyä rekisteriä ei voitu kirjoittaa takaisin tiedostoon: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>unterminated quoted field starting on line %1</source>
        <translation>rivillä %1 alkavalta lainausmerkeissä olevalta kentältä puuttuu loppulainausmerkki</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of column %1</source>
        <translation>odottamatonta tekstiä sarakkeen %1 loppulainausmerkin jälkeen</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>yli %1 saraketta</translation>
    </message>
    <message>
        <source>column %1 is longer than %2 bytes</source>
        <translation>sarake %1 on yli %2 tavua pitkä</translation>
    </message>
    <message>
        <source>the record is longer than %1 bytes</source>
        <translation>tietue on yli %1 tavua pitkä</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>espeak-ng is missing: the demo recordings are tones and noise instead of speech.</source>
        <translation>espeak-ng puuttuu: esittelytallenteissa on puheen sijaan äänimerkkejä ja kohinaa.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s)</source>
        <translation>
            <numerusform>%1/%n puhelu</numerusform>
            <numerusform>%1/%n puhelua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n chat(s)</source>
        <translation>
            <numerusform>%1/%n chat-keskustelu</numerusform>
            <numerusform>%1/%n chat-keskustelua</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryRepository</name>
    <message>
        <source>Preparing a lookup</source>
        <translation>Haun valmisteleminen</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>Hakeminen taulusta %1</translation>
    </message>
    <message>
        <source>Adding to %1</source>
        <translation>Lisääminen tauluun %1</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>Taulun %1 listaaminen</translation>
    </message>
</context>
<context>
    <name>DiskSpace</name>
    <message>
        <source>The disk holding %1 (mounted at %2) is full: %3 free. Nothing was left half-written; free some space there and run it again.</source>
        <translation>Levy, jolla %1 on (liitetty kohtaan %2), on täynnä: vapaana %3. Mitään ei jäänyt puoliksi kirjoitetuksi; vapauta sieltä tilaa ja yritä uudelleen.</translation>
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
    <message>
        <source>the angle brackets around the address do not match</source>
        <translation>osoitetta ympäröivät kulmasulkeet eivät täsmää</translation>
    </message>
</context>
<context>
    <name>EvaluationRepository</name>
    <message>
        <source>Reading the interaction to evaluate</source>
        <translation>Arvioitavan yhteydenoton lukeminen</translation>
    </message>
    <message>
        <source>Starting an evaluation</source>
        <translation>Arvioinnin aloittaminen</translation>
    </message>
    <message>
        <source>Reading an evaluation</source>
        <translation>Arvioinnin lukeminen</translation>
    </message>
    <message>
        <source>Saving an evaluation</source>
        <translation>Arvioinnin tallentaminen</translation>
    </message>
    <message>
        <source>Submitting an evaluation</source>
        <translation>Arvioinnin lähettäminen</translation>
    </message>
    <message>
        <source>Keeping an evaluation&apos;s earlier revision</source>
        <translation>Arvioinnin aiemman version säilyttäminen</translation>
    </message>
    <message>
        <source>Deleting an evaluation</source>
        <translation>Arvioinnin poistaminen</translation>
    </message>
    <message>
        <source>Reading evaluations</source>
        <translation>Arviointien lukeminen</translation>
    </message>
    <message>
        <source>Starting a calibration</source>
        <translation>Kalibroinnin aloittaminen</translation>
    </message>
    <message>
        <source>Closing a calibration</source>
        <translation>Kalibroinnin päättäminen</translation>
    </message>
    <message>
        <source>Reading a calibration</source>
        <translation>Kalibroinnin lukeminen</translation>
    </message>
    <message>
        <source>Reading calibrations</source>
        <translation>Kalibrointien lukeminen</translation>
    </message>
</context>
<context>
    <name>EvaluationService</name>
    <message>
        <source>There is no call %1.</source>
        <translation>Puhelua %1 ei ole.</translation>
    </message>
    <message>
        <source>There is no chat %1.</source>
        <translation>Chat-keskustelua %1 ei ole.</translation>
    </message>
    <message>
        <source>There is no evaluation %1.</source>
        <translation>Arviointia %1 ei ole.</translation>
    </message>
    <message>
        <source>Evaluation %1 is a draft of %2: it can be read once submitted.</source>
        <translation>Arviointi %1 on käyttäjän %2 luonnos: sen voi lukea, kun se on lähetetty.</translation>
    </message>
    <message>
        <source>Evaluation %1 belongs to calibration %2, which is still open: reviewers see each other&apos;s answers once it is closed.</source>
        <translation>Arviointi %1 kuuluu kalibrointiin %2, joka on vielä avoin: arvioijat näkevät toistensa vastaukset, kun se on päättynyt.</translation>
    </message>
    <message>
        <source>The scorecard of evaluation %1 cannot be read: %2</source>
        <translation>Arvioinnin %1 arviointilomaketta ei voi lukea: %2</translation>
    </message>
    <message>
        <source>Evaluation %1 is %2&apos;s: only its evaluator answers it.</source>
        <translation>Arviointi %1 on käyttäjän %2: vain arvioija itse vastaa siihen.</translation>
    </message>
    <message>
        <source>Evaluation %1 was submitted and is read-only. Change it with a reason (a new revision).</source>
        <translation>Arviointi %1 on lähetetty, eikä sitä voi muokata. Muuta sitä perustelun kanssa (uusi versio).</translation>
    </message>
    <message>
        <source>Calibration %1 is closed: its evaluations are no longer answered.</source>
        <translation>Kalibrointi %1 on päättynyt: sen arviointeihin ei enää vastata.</translation>
    </message>
    <message>
        <source>The scorecard has no criterion &quot;%1&quot;.</source>
        <translation>Arviointilomakkeella ei ole kohtaa ”%1”.</translation>
    </message>
    <message>
        <source>The comment on &quot;%1&quot; is longer than 2,000 characters.</source>
        <translation>Kohdan ”%1” kommentti on yli 2 000 merkkiä pitkä.</translation>
    </message>
    <message>
        <source>A chat&apos;s comment is pinned to a message, not to a moment.</source>
        <translation>Chat-keskustelun kommentti kiinnitetään viestiin, ei ajankohtaan.</translation>
    </message>
    <message>
        <source>The comment on &quot;%1&quot; is pinned outside the recording.</source>
        <translation>Kohdan ”%1” kommentti on kiinnitetty tallenteen ulkopuolelle.</translation>
    </message>
    <message>
        <source>A call&apos;s comment is pinned to a moment, not to a message.</source>
        <translation>Puhelun kommentti kiinnitetään ajankohtaan, ei viestiin.</translation>
    </message>
    <message>
        <source>The comment on &quot;%1&quot; is pinned to a message of another chat.</source>
        <translation>Kohdan ”%1” kommentti on kiinnitetty toisen keskustelun viestiin.</translation>
    </message>
    <message>
        <source>Call %1 has no recording: there is nothing to evaluate.</source>
        <translation>Puhelulla %1 ei ole tallennetta: arvioitavaa ei ole.</translation>
    </message>
    <message>
        <source>There is no scorecard %1.</source>
        <translation>Arviointilomaketta %1 ei ole.</translation>
    </message>
    <message>
        <source>Scorecard &quot;%1&quot; is retired: choose another one.</source>
        <translation>Arviointilomake ”%1” on poistettu käytöstä: valitse toinen.</translation>
    </message>
    <message>
        <source>not answered: %1</source>
        <translation>arvioimatta: %1</translation>
    </message>
    <message>
        <source>a comment is needed: %1</source>
        <translation>kommentti puuttuu: %1</translation>
    </message>
    <message>
        <source>not a valid answer: %1</source>
        <translation>vastaus ei kelpaa: %1</translation>
    </message>
    <message>
        <source>The evaluation is not complete (%1).</source>
        <translation>Arviointi on kesken (%1).</translation>
    </message>
    <message>
        <source>Say why the submitted evaluation changes (1 to %1 characters).</source>
        <translation>Kerro, miksi lähetettyä arviointia muutetaan (1–%1 merkkiä).</translation>
    </message>
    <message>
        <source>Evaluation %1 is a draft: change it and submit it.</source>
        <translation>Arviointi %1 on luonnos: muuta sitä ja lähetä se.</translation>
    </message>
    <message>
        <source>You have a draft of call %1 on scorecard &quot;%2&quot;: submit or discard it before starting another.</source>
        <translation>Sinulla on puhelusta %1 luonnos arviointilomakkeella ”%2”: lähetä tai poista se ennen kuin aloitat uuden.</translation>
    </message>
    <message>
        <source>You have a draft of chat %1 on scorecard &quot;%2&quot;: submit or discard it before starting another.</source>
        <translation>Sinulla on chat-keskustelusta %1 luonnos arviointilomakkeella ”%2”: lähetä tai poista se ennen kuin aloitat uuden.</translation>
    </message>
</context>
<context>
    <name>ExportZip</name>
    <message>
        <source>Cannot write %1 (%2): %3</source>
        <translation>Tiedostoon %1 ei voi kirjoittaa (%2): %3</translation>
    </message>
    <message>
        <source>%1 already exists: give the name of a new file.</source>
        <translation>%1 on jo olemassa: anna uuden tiedoston nimi.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Tiedoston %1 kansiota ei ole.</translation>
    </message>
    <message>
        <source>The passphrase cannot contain a NUL character.</source>
        <translation>Salalauseessa ei voi olla NUL-merkkiä.</translation>
    </message>
    <message>
        <source>Out of locked memory.</source>
        <translation>Lukittu muisti loppui.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Tiedostoa %1 ei voi luoda: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Jäljennöksen teko peruttiin.</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>sulkeminen</translation>
    </message>
</context>
<context>
    <name>FieldCrypto</name>
    <message>
        <source>A sealed value of the register names no known batch.</source>
        <translation>Rekisterin sinetöity arvo viittaa tuntemattomaan erään.</translation>
    </message>
    <message>
        <source>Your role carries %1, but it has not reached you yet: it does at the next login of a user who holds it. Log in again after that.</source>
        <translation>Roolisi edellyttää avainta (%1), mutta se ei ole vielä tullut sinulle: se sinetöidään sinulle, kun joku avaimen haltija seuraavan kerran kirjautuu. Kirjaudu sen jälkeen uudelleen.</translation>
    </message>
    <message>
        <source>You do not hold %1.</source>
        <translation>Sinulla ei ole avainta: %1.</translation>
    </message>
</context>
<context>
    <name>HoldReasons</name>
    <message>
        <source>handling a complaint</source>
        <translation>valituksen tai reklamaation käsittely</translation>
    </message>
    <message>
        <source>investigation of a suspected crime by the authorities</source>
        <translation>rikosepäilyn selvittäminen viranomaisessa</translation>
    </message>
    <message>
        <source>establishing, exercising or defending a legal claim</source>
        <translation>oikeudellisen vaatimuksen laatiminen, esittäminen tai puolustaminen</translation>
    </message>
    <message>
        <source>an order from an authority</source>
        <translation>viranomaisen määräys</translation>
    </message>
</context>
<context>
    <name>HoldRepository</name>
    <message>
        <source>Storing a legal hold</source>
        <translation>Poistoeston tallentaminen</translation>
    </message>
    <message>
        <source>Reading legal holds</source>
        <translation>Poistoestojen lukeminen</translation>
    </message>
    <message>
        <source>Reading a legal hold</source>
        <translation>Poistoeston lukeminen</translation>
    </message>
    <message>
        <source>Releasing a legal hold</source>
        <translation>Poistoeston purkaminen</translation>
    </message>
</context>
<context>
    <name>HoldService</name>
    <message>
        <source>call %1</source>
        <translation>puhelu %1</translation>
    </message>
    <message>
        <source>chat %1</source>
        <translation>chat-keskustelu %1</translation>
    </message>
    <message>
        <source>data subject %1</source>
        <translation>rekisteröity %1</translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation>puhelinnumero %1</translation>
    </message>
    <message>
        <source>There is no call %1.</source>
        <translation>Puhelua %1 ei ole.</translation>
    </message>
    <message>
        <source>There is no chat %1.</source>
        <translation>Chat-keskustelua %1 ei ole.</translation>
    </message>
    <message>
        <source>There is no data subject %1.</source>
        <translation>Rekisteröityä %1 ei ole.</translation>
    </message>
    <message>
        <source>No register profile has been set: it names the reasons a legal hold may be placed for.</source>
        <translation>Rekisteriprofiilia ei ole asetettu: siinä nimetään syyt, joiden vuoksi poistoesto voidaan asettaa.</translation>
    </message>
    <message>
        <source>The register profile allows no legal holds (its hold_reasons is empty).</source>
        <translation>Rekisteriprofiili ei salli poistoestoja (sen hold_reasons on tyhjä).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a hold reason of this register; the profile allows: %2.</source>
        <translation>”%1” ei ole tämän rekisterin poistoeston syy; profiili sallii: %2.</translation>
    </message>
    <message>
        <source>A legal hold needs a case reference.</source>
        <translation>Poistoestolle tarvitaan asian viite.</translation>
    </message>
    <message>
        <source>A case reference has at most %1 characters.</source>
        <translation>Asian viitteessä voi olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>A legal hold needs its last day.</source>
        <translation>Poistoestolle tarvitaan viimeinen voimassaolopäivä.</translation>
    </message>
    <message>
        <source>The last day of a hold (%1) cannot be in the past.</source>
        <translation>Poistoeston viimeinen päivä (%1) ei voi olla mennyt päivä.</translation>
    </message>
    <message numerus="yes">
        <source>A legal hold may last at most %n month(s) (the register profile&apos;s hold_max_months): the last day can be %1 at the latest.</source>
        <translation>
            <numerusform>Poistoesto voi olla voimassa enintään %n kuukauden (rekisteriprofiilin hold_max_months): viimeinen päivä voi olla viimeistään %1.</numerusform>
            <numerusform>Poistoesto voi olla voimassa enintään %n kuukautta (rekisteriprofiilin hold_max_months): viimeinen päivä voi olla viimeistään %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone number cannot be held: %1</source>
        <translation>Puhelinnumerolle ei voi asettaa poistoestoa: %1</translation>
    </message>
    <message>
        <source>The phone number can be read in two ways; give it with its country code (+…).</source>
        <translation>Puhelinnumeron voi tulkita kahdella tavalla; anna se maatunnuksen kanssa (+…).</translation>
    </message>
    <message>
        <source>A hold on a phone number needs the lookup key, which you do not hold: ask a privacy officer, or hold the calls or the data subject instead.</source>
        <translation>Puhelinnumeron poistoesto vaatii hakuavaimen, jota sinulla ei ole: pyydä tietosuoja-asiantuntijaa asettamaan se, tai aseta poistoesto puheluille tai rekisteröidylle.</translation>
    </message>
    <message>
        <source>There is no legal hold %1.</source>
        <translation>Poistoestoa %1 ei ole.</translation>
    </message>
    <message>
        <source>Legal hold %1 was already released by %2.</source>
        <translation>Poistoeston %1 on jo päättänyt %2.</translation>
    </message>
    <message>
        <source>the purge</source>
        <translation>säilytysajan päättymisen poisto</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>Huomautuksessa voi olla enintään %1 merkkiä.</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>T&amp;iedosto:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;elaa…</translation>
    </message>
    <message>
        <source>&amp;Recordings folder:</source>
        <translation>T&amp;allenteiden kansio:</translation>
    </message>
    <message>
        <source>None: import the calls only</source>
        <translation>Ei kansiota: tuo vain puhelut</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Sarakkeet:</translation>
    </message>
    <message>
        <source>&amp;Times are:</source>
        <translation>Aika&amp;vyöhyke:</translation>
    </message>
    <message>
        <source>&amp;UTC (usegmtime=yes)</source>
        <translation>&amp;UTC (usegmtime=yes)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Pysäytä</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>&amp;Save the report…</source>
        <translation>&amp;Tallenna raportti…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Ta&amp;ke recordings whose writer crashed (far shorter than the call, never finished)</source>
        <translation>&amp;Ota tallenteet, joiden kirjoittaja kaatui (paljon puhelua lyhyempiä, ei koskaan valmistuneita)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Se&amp;laa…</translation>
    </message>
    <message>
        <source>&amp;National numbers in:</source>
        <translation>Kansallisten &amp;numeroiden alue:</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tiedostoa %1 ei voi avata: %2</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>subject: the identifiers belong to different data subjects in the register</source>
        <translation>subject: tunnistetiedot kuuluvat rekisterissä eri rekisteröidyille</translation>
    </message>
    <message>
        <source>The import has no open transaction.</source>
        <translation>Tuonnilla ei ole avointa transaktiota.</translation>
    </message>
    <message>
        <source>recordings attached to calls imported before</source>
        <translation>aiemmin tuotuihin puheluihin liitetyt tallenteet</translation>
    </message>
    <message>
        <source>recording %1 attached to the call imported before</source>
        <translation>tallenne %1 liitettiin aiemmin tuotuun puheluun</translation>
    </message>
    <message>
        <source>recordings with a repaired header</source>
        <translation>tallenteet, joiden otsake korjattiin</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings match the call and the times in their names do not tell which is its own: %1</source>
        <translation>
            <numerusform>%n tallenne täsmää puheluun, mutta sen nimessä olevasta ajasta ei selviä, kuuluuko se tälle puhelulle: %1</numerusform>
            <numerusform>%n tallennetta täsmää puheluun, eikä niiden nimissä olevista ajoista selviä, mikä niistä kuuluu tälle puhelulle: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>answered calls without a recording file</source>
        <translation>vastatut puhelut, joilla ei ole tallennetiedostoa</translation>
    </message>
    <message>
        <source>answered, and the row has no uniqueid or linkedid to find its recording by</source>
        <translation>vastattu, mutta rivillä ei ole uniqueid- eikä linkedid-arvoa, jonka avulla tallenteen voisi löytää</translation>
    </message>
    <message>
        <source>answered, and no recording file names its uniqueid %1</source>
        <translation>vastattu, mutta minkään tallennetiedoston nimessä ei ole puhelun uniqueid-arvoa %1</translation>
    </message>
    <message numerus="yes">
        <source>answered; %n file(s) name its uniqueid %1 but started outside this leg: %2</source>
        <translation>
            <numerusform>vastattu; %n tiedoston nimessä on puhelun uniqueid %1, mutta tallennus alkoi tämän osuuden ulkopuolella: %2</numerusform>
            <numerusform>vastattu; %n tiedoston nimissä on puhelun uniqueid %1, mutta tallennukset alkoivat tämän osuuden ulkopuolella: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>recordings still being written (import again later)</source>
        <translation>tallenteet, joiden kirjoittaminen oli vielä kesken (tuo uudelleen myöhemmin)</translation>
    </message>
    <message>
        <source>recordings that could not be used (their calls were imported)</source>
        <translation>tallenteet, joita ei voitu käyttää (niiden puhelut tuotiin)</translation>
    </message>
    <message>
        <source>rows already in the register</source>
        <translation>rivit, jotka olivat jo rekisterissä</translation>
    </message>
    <message>
        <source>already in the register (call %1)</source>
        <translation>on jo rekisterissä (puhelu %1)</translation>
    </message>
    <message>
        <source>odd values, imported as written</source>
        <translation>poikkeavat arvot (tuotu sellaisinaan)</translation>
    </message>
    <message>
        <source>calls not linked: the number belongs to several data subjects</source>
        <translation>linkittämättä jääneet puhelut: numero kuuluu usealle rekisteröidylle</translation>
    </message>
    <message>
        <source>not linked to a data subject: several have this number</source>
        <translation>ei linkitetty rekisteröityyn: numero on usealla rekisteröidyllä</translation>
    </message>
    <message>
        <source>lines with bytes that are not UTF-8 (replaced by U+FFFD)</source>
        <translation>rivit, joilla on kelvottomia UTF-8-tavuja (korvattu merkillä U+FFFD)</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 were replaced by U+FFFD</source>
        <translation>kelvottomat UTF-8-tavut korvattiin merkillä U+FFFD</translation>
    </message>
    <message>
        <source>chat already in the register</source>
        <translation>chat-keskustelu on jo rekisterissä</translation>
    </message>
    <message>
        <source>chats with control characters (replaced, see docs/import-formats.md)</source>
        <translation>chat-keskustelut, joissa oli ohjausmerkkejä (korvattu, ks. docs/import-formats.md)</translation>
    </message>
    <message numerus="yes">
        <source>%n control character(s) removed or replaced by U+FFFD</source>
        <translation>
            <numerusform>%n ohjausmerkki poistettiin tai korvattiin merkillä U+FFFD</numerusform>
            <numerusform>%n ohjausmerkkiä poistettiin tai korvattiin merkillä U+FFFD</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region of phone numbers (two letters, such as FI or SE)</source>
        <translation>&apos;%1&apos; ei ole puhelinnumeroiden aluekoodi (kaksi kirjainta, esimerkiksi FI tai SE)</translation>
    </message>
    <message>
        <source>numbers that are no valid phone number (kept as written)</source>
        <translation>numerot, jotka eivät ole kelvollisia puhelinnumeroita (tuotu sellaisinaan)</translation>
    </message>
    <message>
        <source>%1 kept as written: %2</source>
        <translation>%1 tuotu sellaisenaan: %2</translation>
    </message>
    <message>
        <source>numbers that read two ways (the national reading was taken)</source>
        <translation>numerot, jotka voi tulkita kahdella tavalla (valittiin kansallinen tulkinta)</translation>
    </message>
    <message>
        <source>numbers read as international without + or 00</source>
        <translation>numerot, jotka tulkittiin kansainvälisiksi ilman +- tai 00-alkua</translation>
    </message>
    <message>
        <source>numbers with a trunk 0 after the country code</source>
        <translation>numerot, joissa on kaukovalinnan 0 maatunnuksen jälkeen</translation>
    </message>
    <message>
        <source>numbers read from messaging ids or tel: addresses</source>
        <translation>numerot, jotka luettiin pikaviestintunnuksista tai tel:-osoitteista</translation>
    </message>
</context>
<context>
    <name>JournalWitness</name>
    <message>
        <source>the system journal cannot be opened: %1</source>
        <translation>järjestelmälokia ei voi avata: %1</translation>
    </message>
    <message>
        <source>the system journal cannot be searched: %1</source>
        <translation>järjestelmälokista ei voi hakea: %1</translation>
    </message>
    <message>
        <source>the trail names no register, so its heads cannot be looked up</source>
        <translation>loki ei nimeä rekisteriä, joten sen päitä ei voi hakea</translation>
    </message>
    <message>
        <source>the journal saw entry %1 (signed by %2, %3), but the trail ends at entry %4: its tail was cut or the register was rolled back</source>
        <translation>järjestelmäloki näki merkinnän %1 (allekirjoittaja %2, %3), mutta tarkastusloki päättyy merkintään %4: lokin loppuosa on katkaistu tai rekisteri palautettu aiempaan tilaan</translation>
    </message>
    <message>
        <source>the journal saw a different entry %1 (signed by %2, %3): the trail was rolled back or rewritten</source>
        <translation>järjestelmäloki näki toisen merkinnän %1 (allekirjoittaja %2, %3): tarkastusloki on palautettu aiempaan tilaan tai kirjoitettu uudelleen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ja %n muu</numerusform>
            <numerusform>ja %n muuta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n head(s) in the journal, the latest entry %1 at %2</source>
        <translation>
            <numerusform>järjestelmälokissa %n lokin pää, viimeisin merkintä %1 ajalta %2</numerusform>
            <numerusform>järjestelmälokissa %n lokin päätä, viimeisin merkintä %1 ajalta %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no system journal runs here (no %1), so no head was recorded or could be checked</source>
        <translation>tässä ei ole käynnissä järjestelmälokia (%1 puuttuu), joten lokin päitä ei ole kirjattu eikä niitä voitu tarkistaa</translation>
    </message>
    <message>
        <source>the journal of this machine holds no head of this register (it was used elsewhere, or the journal rotated them away)</source>
        <translation>tämän koneen järjestelmälokissa ei ole tämän rekisterin lokin päitä (rekisteriä on käytetty muualla, tai järjestelmäloki on kierrättänyt ne pois)</translation>
    </message>
    <message numerus="yes">
        <source>the journal holds %n head(s) of this register that the trail does not hold and no author of this trail signed: the trail was rewritten with other keys, or someone wrote false records to the journal</source>
        <translation>
            <numerusform>järjestelmälokissa on %n tämän rekisterin lokin pää, jota tarkastusloki ei sisällä ja jota mikään tämän tarkastuslokin kirjoittaja ei ole allekirjoittanut: tarkastusloki on kirjoitettu uudelleen muilla avaimilla, tai joku on kirjoittanut järjestelmälokiin vääriä tietueita</numerusform>
            <numerusform>järjestelmälokissa on %n tämän rekisterin lokin päätä, joita tarkastusloki ei sisällä ja joita mikään tämän tarkastuslokin kirjoittaja ei ole allekirjoittanut: tarkastusloki on kirjoitettu uudelleen muilla avaimilla, tai joku on kirjoittanut järjestelmälokiin vääriä tietueita</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n head(s) before the audit checkpoint at entry %1, purged on the trail&apos;s retention period and no longer comparable</source>
        <translation>
            <numerusform>%n pää ennen lokin tarkistuspistettä merkinnän %1 kohdalla; poistettu tarkastuslokin säilytysajan päätyttyä, ei enää verrattavissa</numerusform>
            <numerusform>%n päätä ennen lokin tarkistuspistettä merkinnän %1 kohdalla; poistettu tarkastuslokin säilytysajan päätyttyä, eivät enää verrattavissa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeptHeadWitness</name>
    <message>
        <source>This is not a signed audit head: %1</source>
        <translation>Tämä ei ole tarkastuslokin allekirjoitettu pää: %1</translation>
    </message>
    <message>
        <source>it must have exactly the fields %1</source>
        <translation>siinä on oltava täsmälleen kentät %1</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>tuntematon muoto</translation>
    </message>
    <message>
        <source>a field has the wrong form</source>
        <translation>jokin kenttä on väärässä muodossa</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1: the head&apos;s signature does not verify; the file was altered.</source>
        <translation>%1: lokin pään allekirjoitus ei täsmää; tiedostoa on muutettu.</translation>
    </message>
    <message>
        <source>entry %1, kept at %2, signed by %3</source>
        <translation>merkintä %1, säilytetty %2, allekirjoittaja %3</translation>
    </message>
    <message>
        <source>the kept head belongs to register %1, this trail to %2</source>
        <translation>säilytetty lokin pää kuuluu rekisteriin %1, tämä loki rekisteriin %2</translation>
    </message>
    <message>
        <source>the kept head (%1) is signed with a key the trail never introduced for its signer: the trail was rewritten, or the head is forged</source>
        <translation>säilytetty lokin pää (%1) on allekirjoitettu avaimella, jota loki ei ole koskaan esitellyt sen allekirjoittajalle: loki on kirjoitettu uudelleen tai pää on väärennetty</translation>
    </message>
    <message>
        <source>the kept head (%1) names an entry beyond the trail&apos;s end at entry %2: its tail was cut or the register was rolled back</source>
        <translation>säilytetty lokin pää (%1) nimeää merkinnän, joka on lokin lopun (merkintä %2) jälkeen: lokin loppuosa on katkaistu tai rekisteri palautettu aiempaan tilaan</translation>
    </message>
    <message>
        <source>entry %1 is not the one the kept head (%2) names: the trail was rolled back or rewritten</source>
        <translation>merkintä %1 ei ole se, jonka säilytetty lokin pää (%2) nimeää: loki on palautettu aiempaan tilaan tai kirjoitettu uudelleen</translation>
    </message>
    <message>
        <source>the trail still holds %1</source>
        <translation>loki sisältää yhä säilytetyn pään: %1</translation>
    </message>
    <message>
        <source>the kept head (%1) names an entry before the audit checkpoint at entry %2: it was purged on the trail&apos;s retention period and cannot be compared</source>
        <translation>säilytetty pää (%1) nimeää merkinnän ennen lokin tarkistuspistettä merkinnän %2 kohdalla: se poistettiin tarkastuslokin säilytysajan päätyttyä eikä sitä voi verrata</translation>
    </message>
</context>
<context>
    <name>KeyService</name>
    <message>
        <source>%1 (version %2) sealed to you does not match the register&apos;s: the register was altered.</source>
        <translation>Sinulle sinetöity avain (%1, versio %2) ei vastaa rekisterin avainta: rekisteriä on muutettu.</translation>
    </message>
    <message>
        <source>The register does not know the key slot identity of %1.</source>
        <translation>Rekisteri ei tunne käyttäjän %1 avainpaikan identiteettiä.</translation>
    </message>
    <message>
        <source>You do not hold %1.</source>
        <translation>Sinulla ei ole avainta: %1.</translation>
    </message>
    <message>
        <source>The key slot identity of %1 is not a valid key.</source>
        <translation>Käyttäjän %1 avainpaikan identiteetti ei ole kelvollinen avain.</translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation>Käyttäjää %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>Nobody else holds %1 yet: add a user whose roles carry it, let them log in once, and hand over then.</source>
        <translation>Kenelläkään muulla ei vielä ole avainta (%1): lisää käyttäjä, jonka rooli sitä edellyttää, anna hänen kirjautua kerran ja luovuta avaimet sitten.</translation>
    </message>
    <message>
        <source>You hold no key that your roles do not carry: there is nothing to hand over.</source>
        <translation>Sinulla ei ole avaimia, joita roolisi eivät edellytä: luovutettavaa ei ole.</translation>
    </message>
    <message>
        <source>%1 is the only user who holds %2: without them nobody could open what it protects again. Add another user whose role carries it, let them log in once (the key is sealed to them then), and try again.</source>
        <translation>Käyttäjä %1 on ainoa, jolla on %2: ilman häntä kukaan ei voisi enää avata sillä suojattuja tietoja. Lisää toinen käyttäjä, jonka rooli edellyttää avainta, anna hänen kirjautua kerran (avain sinetöidään hänelle silloin) ja yritä uudelleen.</translation>
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
    <message>
        <source>%1 in keyslots.json was altered or damaged: its key derivation parameters (%2 passes, %3 KiB) are not ones this program writes. Nothing was counted as a failed login. Restore keyslots.json from a backup, or have another administrator run &apos;tallenne-admin verify&apos;.</source>
        <translation>%1 tiedostossa keyslots.json on muutettu tai vahingoittunut: sen avaimen johtamisen parametrit (%2 kierrosta, %3 KiB) eivät ole tämän ohjelman kirjoittamia. Epäonnistunutta kirjautumista ei laskettu. Palauta keyslots.json varmuuskopiosta tai pyydä toista ylläpitäjää ajamaan &apos;tallenne-admin verify&apos;.</translation>
    </message>
    <message>
        <source>%1 in keyslots.json was altered or damaged: it gives version %2, but it was sealed as version %3. Nothing was counted as a failed login. Restore keyslots.json from a backup, or have another administrator run &apos;tallenne-admin verify&apos;.</source>
        <translation>%1 tiedostossa keyslots.json on muutettu tai vahingoittunut: siinä on versio %2, mutta se sinetöitiin versiona %3. Epäonnistunutta kirjautumista ei laskettu. Palauta keyslots.json varmuuskopiosta tai pyydä toista ylläpitäjää ajamaan &apos;tallenne-admin verify&apos;.</translation>
    </message>
    <message>
        <source>The key slot of user %1</source>
        <translation>Käyttäjän %1 avainpaikka</translation>
    </message>
    <message>
        <source>The recovery key slot</source>
        <translation>Palautusavaimen avainpaikka</translation>
    </message>
    <message>
        <source>The unattended key slot</source>
        <translation>Valvomaton avainpaikka</translation>
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
    <message>
        <source>a field other than salt and records</source>
        <translation>kenttä, joka ei ole salt eikä records</translation>
    </message>
    <message>
        <source>not lower-case hexadecimal</source>
        <translation>ei ole pienillä kirjaimilla kirjoitettua heksadesimaalia</translation>
    </message>
    <message>
        <source>a seal tag needs the public and sealed key</source>
        <translation>sinettitarkiste vaatii julkisen ja sinetöidyn avaimen</translation>
    </message>
</context>
<context>
    <name>KeySlotFileLock</name>
    <message>
        <source>%1 is already locked by this thread; a write of the key slot file was nested in another.</source>
        <translation>%1 on jo tämän säikeen lukitsema; avainpaikkatiedoston kirjoitus oli toisen kirjoituksen sisällä.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>Tiedostoa %1 ei voi luoda: %2</translation>
    </message>
    <message>
        <source>%1 cannot be locked: %2</source>
        <translation>Tiedostoa %1 ei voi lukita: %2</translation>
    </message>
    <message numerus="yes">
        <source>Another Tallenne process is changing %1 and has held its lock for more than %n second(s). Wait for it to finish and try again.</source>
        <translation>
            <numerusform>Toinen Tallenne-prosessi muuttaa tiedostoa %1 ja on pitänyt sen lukkoa yli %n sekunnin ajan. Odota, että se valmistuu, ja yritä uudelleen.</numerusform>
            <numerusform>Toinen Tallenne-prosessi muuttaa tiedostoa %1 ja on pitänyt sen lukkoa yli %n sekunnin ajan. Odota, että se valmistuu, ja yritä uudelleen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Reading the register&apos;s keys</source>
        <translation>Rekisterin avainten lukeminen</translation>
    </message>
    <message>
        <source>The register has no %1.</source>
        <translation>Rekisterissä ei ole avainta: %1.</translation>
    </message>
    <message>
        <source>Storing a key</source>
        <translation>Avaimen tallentaminen</translation>
    </message>
    <message>
        <source>Removing a key</source>
        <translation>Avaimen poistaminen</translation>
    </message>
    <message>
        <source>Storing a grant</source>
        <translation>Avainoikeuden tallentaminen</translation>
    </message>
    <message>
        <source>Removing a grant</source>
        <translation>Avainoikeuden poistaminen</translation>
    </message>
    <message>
        <source>Reading the pending grants</source>
        <translation>Odottavien avainoikeuksien lukeminen</translation>
    </message>
    <message>
        <source>Sealing values</source>
        <translation>Arvojen sinetöinti</translation>
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
        <translation>&amp;Tietoja Tallenne-ohjelmasta</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Kirjautunut käyttäjä</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Etsi…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Privacy notice</source>
        <translation>Tietosuoja&amp;seloste</translation>
    </message>
    <message>
        <source>Import &amp;Asterisk calls…</source>
        <translation>Tuo &amp;Asteriskin puhelut…</translation>
    </message>
    <message>
        <source>Import c&amp;hats…</source>
        <translation>Tuo c&amp;hat-keskustelut…</translation>
    </message>
    <message>
        <source>Log &amp;out and switch user…</source>
        <translation>Kirjaudu &amp;ulos ja vaihda käyttäjää…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Register warning</source>
        <translation>Rekisterin varoitus</translation>
    </message>
    <message>
        <source>&amp;Go to call…</source>
        <translation>&amp;Siirry puheluun…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
</context>
<context>
    <name>NoticeRenderer</name>
    <message>
        <source>A PDF can only be made in a program with the graphical libraries started (QGuiApplication).</source>
        <translation>PDF-tiedoston voi luoda vain ohjelmassa, jossa graafiset kirjastot on käynnistetty (QGuiApplication).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>NoticeViewer</name>
    <message>
        <source>Privacy notice</source>
        <translation>Tietosuojaseloste</translation>
    </message>
    <message>
        <source>Notice &amp;language:</source>
        <translation>Selosteen &amp;kieli:</translation>
    </message>
    <message>
        <source>Language of the privacy notice</source>
        <translation>Tietosuojaselosteen kieli</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Rinnakkain</translation>
    </message>
    <message>
        <source>Shows the Finnish and the English notice next to each other</source>
        <translation>Näyttää suomen- ja englanninkielisen selosteen vierekkäin</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Vie P&amp;DF…</translation>
    </message>
    <message>
        <source>Export H&amp;TML…</source>
        <translation>Vie &amp;HTML…</translation>
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
        <source>The password is longer than %1 bytes; choose a shorter one.</source>
        <translation>Salasana on yli %1 tavua pitkä; valitse lyhyempi.</translation>
    </message>
    <message>
        <source>The password is too easy to guess: it would take %1, and at least 10 billion are needed.</source>
        <translation>Salasana on liian helppo arvata: sen arvaamiseen riittäisi %1, kun vaaditaan vähintään 10 miljardia.</translation>
    </message>
    <message>
        <source>Three or four unrelated words that are not a saying, or twelve random letters and digits, would be enough.</source>
        <translation>Riittävä salasana on esimerkiksi kolme tai neljä toisiinsa liittymätöntä sanaa, jotka eivät muodosta tunnettua sanontaa, tai kaksitoista satunnaista kirjainta ja numeroa.</translation>
    </message>
    <message>
        <source>about one guess</source>
        <translation>noin yksi arvaus</translation>
    </message>
    <message>
        <source>about %1 guesses</source>
        <translation>noin %1 arvausta</translation>
    </message>
    <message>
        <source>about %1 million guesses</source>
        <translation>noin %1 miljoonaa arvausta</translation>
    </message>
    <message>
        <source>about %1 billion guesses</source>
        <translation>noin %1 miljardia arvausta</translation>
    </message>
    <message>
        <source>It is built on common words or names, which are guessed first.</source>
        <translation>Se perustuu yleisiin sanoihin tai nimiin, jotka arvataan ensimmäisinä.</translation>
    </message>
    <message>
        <source>Swapping letters for look-alike digits or symbols does not help: those are tried too.</source>
        <translation>Kirjainten korvaaminen samannäköisillä numeroilla tai merkeillä ei auta, sillä nekin kokeillaan.</translation>
    </message>
    <message>
        <source>It contains the user&apos;s name or the register&apos;s name.</source>
        <translation>Siinä on käyttäjän tai rekisterin nimi.</translation>
    </message>
    <message>
        <source>It contains keys next to each other on the keyboard.</source>
        <translation>Siinä on näppäimistöllä vierekkäisiä näppäimiä.</translation>
    </message>
    <message>
        <source>It contains a sequence such as abc or 123.</source>
        <translation>Siinä on peräkkäisiä merkkejä, kuten abc tai 123.</translation>
    </message>
    <message>
        <source>It repeats characters or parts of itself.</source>
        <translation>Siinä toistuu sama merkki tai sama osa.</translation>
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation>Siinä on päivämäärä tai vuosiluku.</translation>
    </message>
    <message>
        <source>It is too short.</source>
        <translation>Se on liian lyhyt.</translation>
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
        <translation>Merkintöjen ja valmennuksen kuuntelulistojen näkeminen</translation>
    </message>
    <message>
        <source>Tag moments and manage coaching playlists</source>
        <translation>Kohtien merkitseminen ja valmennuksen kuuntelulistojen hallinta</translation>
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
        <translation>Poistoestojen hallinta</translation>
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
        <source>the phone number is too short</source>
        <translation>puhelinnumero on liian lyhyt</translation>
    </message>
    <message>
        <source>the phone number is too long</source>
        <translation>puhelinnumero on liian pitkä</translation>
    </message>
    <message>
        <source>the number has an extension</source>
        <translation>numerossa on alanumero</translation>
    </message>
    <message>
        <source>the phone-context of the tel: address is not a country code</source>
        <translation>tel:-osoitteen phone-context ei ole maatunnus</translation>
    </message>
    <message>
        <source>a + belongs only at the start of the number</source>
        <translation>+-merkki voi olla vain numeron alussa</translation>
    </message>
    <message>
        <source>the country code does not exist</source>
        <translation>maatunnusta ei ole olemassa</translation>
    </message>
    <message>
        <source>the number after the international call prefix is too short</source>
        <translation>ulkomaanvalintatunnuksen jälkeinen numero on liian lyhyt</translation>
    </message>
    <message>
        <source>this is not a phone number</source>
        <translation>tämä ei ole puhelinnumero</translation>
    </message>
    <message>
        <source>no number under country code +%1 has this many digits</source>
        <translation>maatunnuksella +%1 ei ole tämän pituisia numeroita</translation>
    </message>
    <message>
        <source>no number in use under country code +%1 has this form</source>
        <translation>maatunnuksella +%1 ei ole käytössä tämän muotoisia numeroita</translation>
    </message>
    <message>
        <source>the default region is not a region code libphonenumber knows</source>
        <translation>oletusalue ei ole libphonenumberin tuntema aluekoodi</translation>
    </message>
    <message>
        <source>read as an international number</source>
        <translation>luettu kansainvälisenä numerona</translation>
    </message>
    <message>
        <source>read as international without + or 00</source>
        <translation>luettu kansainvälisenä numerona ilman +- tai 00-alkua</translation>
    </message>
    <message>
        <source>read as a national number of %1</source>
        <translation>luettu alueen %1 kansallisena numerona</translation>
    </message>
    <message>
        <source>read as international, without the trunk prefix written after the country code</source>
        <translation>luettu kansainvälisenä numerona ilman maatunnuksen jälkeen kirjoitettua kaukovalintatunnusta</translation>
    </message>
    <message>
        <source>read from a messaging id or a tel: address</source>
        <translation>luettu pikaviestintunnuksesta tai tel:-osoitteesta</translation>
    </message>
    <message>
        <source>ambiguous: also a valid number as %1; %2: %3</source>
        <translation>monitulkintainen: kelpaa myös numerona %1; %2: %3</translation>
    </message>
</context>
<context>
    <name>PlaybackPurposes</name>
    <message>
        <source>Quality review</source>
        <translation>Laadunarviointi</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Data subject&apos;s access request</source>
        <translation>Rekisteröidyn tarkastuspyyntö</translation>
    </message>
    <message>
        <source>Handling a complaint</source>
        <translation>Reklamaation käsittely</translation>
    </message>
</context>
<context>
    <name>PlaybackService</name>
    <message>
        <source>Permission denied: your roles do not allow playing a recording for this purpose (%1).</source>
        <translation>Ei käyttöoikeutta: roolisi eivät salli tallenteen toistamista tähän tarkoitukseen (%1).</translation>
    </message>
    <message>
        <source>Playing a recording for an access request needs the request&apos;s number.</source>
        <translation>Tallenteen toistaminen tarkastuspyynnön käsittelyssä edellyttää pyynnön numeroa.</translation>
    </message>
    <message>
        <source>Unable to read the call: %1</source>
        <translation>Puhelua ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>There is no call %1.</source>
        <translation>Puhelua %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>Call %1 has no recording.</source>
        <translation>Puhelulla %1 ei ole tallennetta.</translation>
    </message>
    <message>
        <source>A heard range is not valid.</source>
        <translation>Kuunneltu jakso ei ole kelvollinen.</translation>
    </message>
    <message>
        <source>There is no request %1: give the number of an open request.</source>
        <translation>Pyyntöä %1 ei ole: anna avoimen pyynnön numero.</translation>
    </message>
    <message>
        <source>Request %1 is closed: recordings are played only inside an open request.</source>
        <translation>Pyyntö %1 on suljettu: tallenteita toistetaan vain avoimen pyynnön käsittelyssä.</translation>
    </message>
    <message>
        <source>Call %1 is not among what request %2 covers: add the person&apos;s other identifiers to the request, or include the call, first.</source>
        <translation>Puhelu %1 ei kuulu pyyntöön %2: lisää ensin henkilön muut tunnistetiedot pyyntöön tai ota puhelu mukaan.</translation>
    </message>
    <message>
        <source>The recording is not decrypted yet.</source>
        <translation>Tallenteen salausta ei ole vielä purettu.</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>Player</source>
        <translation>Soitin</translation>
    </message>
    <message>
        <source>No call open</source>
        <translation>Ei avointa puhelua</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Toista</translation>
    </message>
    <message>
        <source>Play or pause (Space). Arrow keys move 5 s, with Shift 30 s.</source>
        <translation>Toista tai tauko (välilyönti). Nuolinäppäimet siirtävät 5 s, Vaihto-näppäimen kanssa 30 s.</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>Nope&amp;us:</translation>
    </message>
    <message>
        <source>Drag over the waveform, or press [ and ] at the playhead, to select a range.</source>
        <translation>Valitse jakso vetämällä aaltomuodon yli tai painamalla [ ja ] toistokohdassa.</translation>
    </message>
    <message>
        <source>Volu&amp;me:</source>
        <translation>Äänen&amp;voimakkuus:</translation>
    </message>
    <message>
        <source>Tag sele&amp;ction…</source>
        <translation>&amp;Merkitse valinta…</translation>
    </message>
    <message>
        <source>Agent volume:</source>
        <translation>Asiakaspalvelijan ääni:</translation>
    </message>
    <message>
        <source>The volume of the agent&apos;s lane (Up and Down keys change it)</source>
        <translation>Asiakaspalvelijan raidan äänenvoimakkuus (ylä- ja alanuoli muuttavat sitä)</translation>
    </message>
    <message>
        <source>Customer volume:</source>
        <translation>Asiakkaan ääni:</translation>
    </message>
    <message>
        <source>The volume of the customer&apos;s lane (Up and Down keys change it)</source>
        <translation>Asiakkaan raidan äänenvoimakkuus (ylä- ja alanuoli muuttavat sitä)</translation>
    </message>
    <message>
        <source>Loop selection</source>
        <translation>Toista silmukkana</translation>
    </message>
    <message>
        <source>Play the selected range over and over (L)</source>
        <translation>Toistaa valittua jaksoa yhä uudelleen (L)</translation>
    </message>
    <message>
        <source>Skip silence</source>
        <translation>Ohita hiljaisuus</translation>
    </message>
    <message>
        <source>Leave out pauses where both lanes are silent for longer than 0.7 s (K)</source>
        <translation>Ohittaa tauot, joissa molemmat raidat ovat hiljaa yli 0,7 s (K)</translation>
    </message>
</context>
<context>
    <name>PlaylistPanel</name>
    <message>
        <source>Coaching playlists</source>
        <translation>Valmennuksen kuuntelulistat</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>Uu&amp;si…</translation>
    </message>
    <message>
        <source>&amp;Play clip after clip</source>
        <translation>Toista kaikki &amp;järjestyksessä</translation>
    </message>
    <message>
        <source>Playl&amp;ists:</source>
        <translation>Kuuntelul&amp;istat:</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista lista</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected clip; Delete removes it; Enter plays it.</source>
        <translation>Ctrl+Ylös ja Ctrl+Alas siirtävät valittua leikettä; Delete poistaa sen listalta; Enter toistaa sen.</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>Pysäytä</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Nimeä uu&amp;delleen…</translation>
    </message>
    <message>
        <source>C&amp;lips:</source>
        <translation>&amp;Leikkeet:</translation>
    </message>
    <message>
        <source>Remove clip</source>
        <translation>Poista leike</translation>
    </message>
</context>
<context>
    <name>PlaylistRepository</name>
    <message>
        <source>Creating a playlist</source>
        <translation>Kuuntelulistan luominen</translation>
    </message>
    <message>
        <source>Renaming a playlist</source>
        <translation>Kuuntelulistan nimeäminen uudelleen</translation>
    </message>
    <message>
        <source>Deleting a playlist</source>
        <translation>Kuuntelulistan poistaminen</translation>
    </message>
    <message>
        <source>Reading a playlist</source>
        <translation>Kuuntelulistan lukeminen</translation>
    </message>
    <message>
        <source>Reading playlists</source>
        <translation>Kuuntelulistojen lukeminen</translation>
    </message>
    <message>
        <source>Adding a clip to a playlist</source>
        <translation>Leikkeen lisääminen kuuntelulistaan</translation>
    </message>
    <message>
        <source>Reordering a playlist</source>
        <translation>Kuuntelulistan järjestäminen uudelleen</translation>
    </message>
    <message>
        <source>Removing a clip from a playlist</source>
        <translation>Leikkeen poistaminen kuuntelulistasta</translation>
    </message>
    <message>
        <source>Clip %1 is not in playlist %2.</source>
        <translation>Leike %1 ei ole kuuntelulistassa %2.</translation>
    </message>
</context>
<context>
    <name>PlaylistService</name>
    <message>
        <source>A playlist&apos;s name has 1 to 200 characters.</source>
        <translation>Kuuntelulistan nimessä on oltava 1–200 merkkiä.</translation>
    </message>
    <message>
        <source>There is no playlist %1.</source>
        <translation>Kuuntelulistaa %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>You can change only your own playlists.</source>
        <translation>Voit muuttaa vain omia kuuntelulistojasi.</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>Muistiinpanossa voi olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>Merkintää %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>1 clip is no longer available: the recording was erased or restricted</source>
        <translation>1 leike ei ole enää käytettävissä: tallenne on poistettu tai sen käsittelyä on rajoitettu</translation>
    </message>
    <message>
        <source>%1 clips are no longer available: the recordings were erased or restricted</source>
        <translation>%1 leikettä ei ole enää käytettävissä: tallenteet on poistettu tai niiden käsittelyä on rajoitettu</translation>
    </message>
    <message>
        <source>There already is a playlist called &quot;%1&quot;. Choose another name.</source>
        <translation>Kuuntelulista &quot;%1&quot; on jo olemassa. Valitse toinen nimi.</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>The stored register profile %1 is not valid: %2</source>
        <translation>Tallennettu rekisteriprofiili %1 ei ole kelvollinen: %2</translation>
    </message>
</context>
<context>
    <name>PublicNotice</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>Cannot write the public notice %1: %2</source>
        <translation>Julkista tietosuojaselostetta %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Cannot read the public notice %1.</source>
        <translation>Julkista tietosuojaselostetta %1 ei voi lukea.</translation>
    </message>
</context>
<context>
    <name>PurgeService</name>
    <message>
        <source>The register keeps no records of data subjects&apos; requests yet.</source>
        <translation>Rekisterissä ei vielä ole rekisteröityjen pyyntöjen tietoja.</translation>
    </message>
    <message>
        <source>A purged recording&apos;s file could not be removed: %1</source>
        <translation>Poistetun tallenteen tiedostoa ei voitu poistaa: %1</translation>
    </message>
    <message>
        <source>The purge journal cannot be updated.</source>
        <translation>Poistettavien tiedostojen luetteloa ei voi päivittää.</translation>
    </message>
    <message>
        <source>The purge has not begun.</source>
        <translation>Poisto ei ole alkanut.</translation>
    </message>
    <message>
        <source>The purge cannot read the register.</source>
        <translation>Poisto ei pysty lukemaan rekisteriä.</translation>
    </message>
    <message>
        <source>The purge journal cannot be written.</source>
        <translation>Poistettavien tiedostojen luetteloon ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>The purge could not delete from %1.</source>
        <translation>Poisto ei pystynyt poistamaan taulusta %1.</translation>
    </message>
    <message>
        <source>Kept until the entry of the migration to signed entries is past its period: the unsigned entries before it cannot be replaced by a signed checkpoint.</source>
        <translation>Säilytetään, kunnes allekirjoitettuihin merkintöihin siirtymisen merkinnän säilytysaika on päättynyt: sitä edeltäviä allekirjoittamattomia merkintöjä ei voi korvata allekirjoitetulla tarkistuspisteellä.</translation>
    </message>
    <message>
        <source>The purge could not delete data subjects: %1</source>
        <translation>Poisto ei voinut poistaa rekisteröityjä: %1</translation>
    </message>
    <message>
        <source>Not purged: %1</source>
        <translation>Ei poistettu: %1</translation>
    </message>
    <message>
        <source>A real purge would be refused now, because the register failed its checks when it was opened and deleting could destroy evidence. First problem: %1 An administrator settles what &apos;tallenne-admin verify&apos; finds; the purge runs again at the first login after that.</source>
        <translation>Todellinen poisto evättäisiin nyt, koska rekisteri ei läpäissyt tarkistuksiaan avattaessa ja poistaminen voisi hävittää todisteita. Ensimmäinen ongelma: %1 Ylläpitäjä selvittää, mitä &apos;tallenne-admin verify&apos; löytää; poisto ajetaan uudelleen ensimmäisellä kirjautumisella sen jälkeen.</translation>
    </message>
    <message>
        <source>The purge did not run, because the register failed its checks when it was opened and deleting now could destroy evidence. First problem: %1 An administrator settles what &apos;tallenne-admin verify&apos; finds; the purge runs again at the first login after that.</source>
        <translation>Poistoa ei ajettu, koska rekisteri ei läpäissyt tarkistuksiaan avattaessa ja poistaminen nyt voisi hävittää todisteita. Ensimmäinen ongelma: %1 Ylläpitäjä selvittää, mitä &apos;tallenne-admin verify&apos; löytää; poisto ajetaan uudelleen ensimmäisellä kirjautumisella sen jälkeen.</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>Purpose of listening</source>
        <translation>Kuuntelun tarkoitus</translation>
    </message>
    <message>
        <source>Every playback declares its purpose. It is recorded in the audit trail with the parts of the recording you hear. The purpose is kept until you log out.</source>
        <translation>Jokaiselle toistolle on ilmoitettava tarkoitus. Se kirjataan tarkastuslokiin yhdessä niiden tallenteen osien kanssa, jotka kuuntelet. Tarkoitus on voimassa, kunnes kirjaudut ulos.</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Tarkoitus:</translation>
    </message>
    <message>
        <source>Access &amp;request:</source>
        <translation>Tarkastus&amp;pyyntö:</translation>
    </message>
    <message>
        <source>The number of the open request</source>
        <translation>Avoimen pyynnön numero</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>QualityReportCharts</name>
    <message>
        <source>Average score and critical failures per period</source>
        <translation>Keskimääräinen tulos ja kriittisen kohdan puutteet jaksoittain</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation>Prosenttia</translation>
    </message>
    <message>
        <source>Critical failures (%)</source>
        <translation>Kriittinen kohta ei täyttynyt (%)</translation>
    </message>
    <message>
        <source>Average score (%)</source>
        <translation>Keskimääräinen tulos (%)</translation>
    </message>
    <message>
        <source>Average score per agent</source>
        <translation>Keskimääräinen tulos asiakaspalvelijoittain</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
</context>
<context>
    <name>QualityReportService</name>
    <message>
        <source>Week %1/%2</source>
        <translation>Viikko %1/%2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Choose the report&apos;s first and last day, the last not before the first.</source>
        <translation>Valitse raportin ensimmäinen ja viimeinen päivä; viimeinen ei voi olla ennen ensimmäistä.</translation>
    </message>
    <message>
        <source>A report covers at most %1 days.</source>
        <translation>Raportti kattaa enintään %1 päivää.</translation>
    </message>
    <message>
        <source>(no queue)</source>
        <translation>(ei jonoa)</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chat-keskustelut</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Quality report</source>
        <translation>Laadunarvioinnin raportti</translation>
    </message>
    <message>
        <source>Interactions from %1 to %2</source>
        <translation>Yhteydenotot %1–%2</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Asiakaspalvelija: %1</translation>
    </message>
    <message>
        <source>Queue: %1</source>
        <translation>Jono: %1</translation>
    </message>
    <message>
        <source>%1 evaluations, average score %2, critical failures %3 (%4), passed %5</source>
        <translation>%1 arviointia, keskimääräinen tulos %2, kriittisiä puutteita %3 (%4), hyväksyttyjä %5</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Arviointeja</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Keskimääräinen tulos</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Kriittisiä puutteita</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Hyväksyttyjä</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Asiakaspalvelijoittain</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>By queue</source>
        <translation>Jonoittain</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <source>By period</source>
        <translation>Jaksoittain</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Criteria most often missed</source>
        <translation>Useimmin puuttuneet kohdat</translation>
    </message>
    <message>
        <source>No criterion was missed.</source>
        <translation>Mikään kohta ei puuttunut.</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Arviointilomake</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kohta</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Puuttui</translation>
    </message>
    <message>
        <source>Share missed</source>
        <translation>Puuttumisosuus</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
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
    <name>RecordingMatcher</name>
    <message>
        <source>--recording-pattern is not a valid regular expression: %1</source>
        <translation>--recording-pattern ei ole kelvollinen säännöllinen lauseke: %1</translation>
    </message>
    <message>
        <source>--recording-pattern needs a named group (?&lt;uniqueid&gt;…)</source>
        <translation>--recording-pattern vaatii nimetyn ryhmän (?&lt;uniqueid&gt;…)</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ei ole kansio</translation>
    </message>
    <message>
        <source>recording %1: %2</source>
        <translation>tallenne %1: %2</translation>
    </message>
    <message>
        <source>recording %1: the file is larger than %2 GiB</source>
        <translation>tallenne %1: tiedosto on suurempi kuin %2 GiB</translation>
    </message>
    <message>
        <source>recording %1: still being written (it grew while it was read); not taken. Import again when the call has ended.</source>
        <translation>tallenne %1: kirjoittaminen on vielä kesken (tiedosto kasvoi lukemisen aikana), joten tallennetta ei otettu mukaan. Tuo tiedosto uudelleen, kun puhelu on päättynyt.</translation>
    </message>
    <message>
        <source>recording %1: the header gives no sizes and the file holds %2 s of a %3 s call, so it is still being written or was cut short; not taken. Import again when it is finished; if its writer crashed and it will never be, import with --take-incomplete to keep what is there.</source>
        <translation>tallenne %1: otsake ei kerro kokoja ja tiedostossa on %2 s %3 sekunnin puhelusta, joten sitä kirjoitetaan vielä tai se on katkennut; ei otettu. Tuo uudelleen, kun se on valmis; jos sen kirjoittaja kaatui eikä tiedosto valmistu, tuo valitsimella --take-incomplete, niin olemassa oleva ääni säilytetään.</translation>
    </message>
    <message>
        <source>recording %1: %2; taken although it holds only %3 s of a %4 s call (--take-incomplete)</source>
        <translation>tallenne %1: %2; otettu, vaikka siinä on vain %3 s %4 sekunnin puhelusta (--take-incomplete)</translation>
    </message>
</context>
<context>
    <name>RecordingStates</name>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Puuttuu</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Kesken</translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation>Käyttökelvoton</translation>
    </message>
    <message>
        <source>The call was answered, but no recording file was found for it when it was imported. Import again with the folder that holds it.</source>
        <translation>Puheluun vastattiin, mutta sille ei löytynyt tallennetiedostoa, kun puhelu tuotiin. Tuo puhelut uudelleen ja valitse kansio, jossa tallenne on.</translation>
    </message>
    <message>
        <source>The recording was still being written when the call was imported (%1 s of a %2 s call). Import again to attach the finished file.</source>
        <translation>Tallenteen kirjoittaminen oli vielä kesken, kun puhelu tuotiin (tallennetta %1 s, puhelu %2 s). Liitä valmis tiedosto tuomalla puhelut uudelleen.</translation>
    </message>
    <message>
        <source>The recording was still being written when the call was imported. Import again to attach the finished file.</source>
        <translation>Tallenteen kirjoittaminen oli vielä kesken, kun puhelu tuotiin. Liitä valmis tiedosto tuomalla puhelut uudelleen.</translation>
    </message>
    <message>
        <source>Several recording files matched this call and the times in their names did not tell which is its own. The import report lists them.</source>
        <translation>Puheluun täsmäsi useita tallennetiedostoja, eikä niiden nimissä olevista ajoista selvinnyt, mikä niistä kuuluu tälle puhelulle. Tiedostot on lueteltu tuontiraportissa.</translation>
    </message>
    <message>
        <source>No recording was imported with this call, or it has been erased.</source>
        <translation>Puhelun mukana ei tuotu tallennetta, tai tallenne on poistettu.</translation>
    </message>
    <message>
        <source>The recording file could not be used. The call itself was imported; the report of that import (the administrator&apos;s) names the file and the reason.</source>
        <translation>Tallennetiedostoa ei voitu käyttää. Itse puhelu tuotiin; tuonnin raportti (pääkäyttäjällä) kertoo tiedoston ja syyn.</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kadonnut</translation>
    </message>
    <message>
        <source>The recording was lost: its file went missing from the register, and an administrator recorded it as lost. The call&apos;s details are kept.</source>
        <translation>Tallenne on kadonnut: sen tiedosto katosi rekisteristä, ja ylläpitäjä kirjasi sen kadonneeksi. Puhelun tiedot säilyvät.</translation>
    </message>
</context>
<context>
    <name>RecordingStore</name>
    <message>
        <source>libsodium cannot start.</source>
        <translation>libsodium-kirjaston alustus epäonnistui.</translation>
    </message>
    <message>
        <source>Cannot create the recordings folder %1.</source>
        <translation>Tallennekansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>Cannot write a recording file in %1: %2</source>
        <translation>Tallennetiedostoa ei voi kirjoittaa kansioon %1: %2</translation>
    </message>
    <message>
        <source>Cannot write a recording file in %1 (disk full?).</source>
        <translation>Tallennetiedostoa ei voi kirjoittaa kansioon %1 (onko levy täynnä?).</translation>
    </message>
    <message>
        <source>Cannot rename a recording file in %1.</source>
        <translation>Tallennetiedostoa ei voi nimetä uudelleen kansiossa %1.</translation>
    </message>
    <message>
        <source>Cannot sync the recordings folder %1.</source>
        <translation>Tallennekansion %1 tietoja ei voi kirjoittaa levylle (sync).</translation>
    </message>
    <message>
        <source>Storing a recording</source>
        <translation>Tallenteen kirjoittaminen</translation>
    </message>
    <message>
        <source>Reading a recording</source>
        <translation>Tallenteen lukeminen</translation>
    </message>
    <message>
        <source>There is no recording %1.</source>
        <translation>Tallennetta %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>Finding a recording</source>
        <translation>Tallenteen hakeminen</translation>
    </message>
    <message>
        <source>Removing a recording</source>
        <translation>Tallenteen poistaminen</translation>
    </message>
    <message>
        <source>Checking recordings</source>
        <translation>Tallenteiden tarkistaminen</translation>
    </message>
    <message>
        <source>Its row names no file of recordings/ (&quot;%1&quot;): the row was altered.</source>
        <translation>Sen rivi ei nimeä mitään kansion recordings/ tiedostoa (&quot;%1&quot;): riviä on muutettu.</translation>
    </message>
    <message>
        <source>The file is missing from recordings/.</source>
        <translation>Tiedosto puuttuu kansiosta recordings/.</translation>
    </message>
    <message>
        <source>The file is %1 bytes where its row gives %2: it was cut short, extended or replaced.</source>
        <translation>Tiedosto on %1 tavua, mutta sen rivin mukaan %2: se on katkaistu, sitä on jatkettu tai se on vaihdettu.</translation>
    </message>
    <message>
        <source>Its sealed file key does not open: %1</source>
        <translation>Sen sinetöity tiedostoavain ei aukea: %1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Tiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>The audio does not match the checksum its row keeps.</source>
        <translation>Ääni ei vastaa sen rivillä säilytettyä tarkistussummaa.</translation>
    </message>
    <message>
        <source>The file is not the one stored for this recording: it was altered, damaged or swapped with another recording&apos;s file.</source>
        <translation>Tiedosto ei ole se, joka tälle tallenteelle tallennettiin: sitä on muutettu, se on vioittunut tai se on vaihdettu toisen tallenteen tiedostoon.</translation>
    </message>
    <message>
        <source>The quarantine folder %1 cannot be created.</source>
        <translation>Karanteenikansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>%1 could not be moved into %2.</source>
        <translation>Tiedostoa %1 ei voitu siirtää kansioon %2.</translation>
    </message>
    <message>
        <source>The file of recording %1 is missing from recordings/.</source>
        <translation>Tallenteen %1 tiedosto puuttuu kansiosta recordings/.</translation>
    </message>
    <message>
        <source>Cannot read the file of recording %1: %2</source>
        <translation>Tallenteen %1 tiedostoa ei voi lukea: %2</translation>
    </message>
    <message>
        <source>The file of recording %1 is damaged: %2</source>
        <translation>Tallenteen %1 tiedosto on vioittunut: %2</translation>
    </message>
    <message>
        <source>The file of recording %1 does not match its checksum.</source>
        <translation>Tallenteen %1 tiedosto ei vastaa tarkistussummaansa.</translation>
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
    <name>RegisterOpenCheck</name>
    <message>
        <source>the register&apos;s entry %1 is another one</source>
        <translation>rekisterin merkintä %1 on eri merkintä</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>Lokitietoja ei voi lukea: %1</translation>
    </message>
    <message>
        <source>The first, %1: %2</source>
        <translation>Ensimmäinen, %1: %2</translation>
    </message>
    <message>
        <source>the register&apos;s audit trail ended at entry %1 when this was first found</source>
        <translation>rekisterin tarkastusloki päättyi merkintään %1, kun tämä havaittiin ensimmäisen kerran</translation>
    </message>
    <message>
        <source>The register has lost changes it had: keyslots.json names audit entry %1 as the last one written, but %2. The write-ahead log (register.db-wal) beside it does not hold those changes: it is an older log or another copy&apos;s, or an older copy of register.db was put in place. What was written since may be missing; the latest backup may have it.</source>
        <translation>Rekisteristä on kadonnut siinä olleita muutoksia: keyslots.json nimeää tarkastuslokin merkinnän %1 viimeisimmäksi kirjoitetuksi, mutta %2. Sen vieressä oleva write-ahead-loki (register.db-wal) ei sisällä niitä muutoksia: se on vanhempi loki tai toisen kopion loki, tai tilalle on pantu vanhempi kopio tiedostosta register.db. Sen jälkeen kirjoitettu voi puuttua; uusin varmuuskopio voi sisältää sen.</translation>
    </message>
    <message>
        <source>The register has lost changes it had: keyslots.json names audit entry %1 as the last one written, but %2. The write-ahead log (register.db-wal) was missing when the register was opened: it was deleted or not copied with register.db, or an older copy of register.db was put in place. What was written since is missing; the latest backup may have it.</source>
        <translation>Rekisteristä on kadonnut siinä olleita muutoksia: keyslots.json nimeää tarkastuslokin merkinnän %1 viimeisimmäksi kirjoitetuksi, mutta %2. Write-ahead-loki (register.db-wal) puuttui, kun rekisteri avattiin: se poistettiin tai sitä ei kopioitu tiedoston register.db mukana, tai tilalle on pantu vanhempi kopio tiedostosta register.db. Sen jälkeen kirjoitettu puuttuu; uusin varmuuskopio voi sisältää sen.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail has gaps: its entries %1 to %2 should be %3, but %n are there. Entries were removed.</source>
        <translation>
            <numerusform>Tarkastuslokissa on aukkoja: merkintöjä %1–%2 pitäisi olla %3, mutta niitä on %n. Merkintöjä on poistettu.</numerusform>
            <numerusform>Tarkastuslokissa on aukkoja: merkintöjä %1–%2 pitäisi olla %3, mutta niitä on %n. Merkintöjä on poistettu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The folder recordings/ is missing: none of the %n recording(s) has its file.</source>
        <translation>
            <numerusform>Kansio recordings/ puuttuu: yhdenkään %n tallenteen tiedostoa ei ole.</numerusform>
            <numerusform>Kansio recordings/ puuttuu: yhdenkään %n tallenteen tiedostoa ei ole.</numerusform>
        </translation>
    </message>
    <message>
        <source>its row names no file of recordings/: the row was altered</source>
        <translation>sen rivi ei nimeä mitään kansion recordings/ tiedostoa: riviä on muutettu</translation>
    </message>
    <message>
        <source>the file is missing from recordings/</source>
        <translation>tiedosto puuttuu kansiosta recordings/</translation>
    </message>
    <message>
        <source>the file is %1 bytes where its row gives %2</source>
        <translation>tiedosto on %1 tavua, kun sen rivin mukaan %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in recordings/ without a row: an import was cut short, or register.db is older than the recordings.</source>
        <translation>
            <numerusform>%n tiedosto kansiossa recordings/ ilman riviä: tuonti keskeytyi, tai register.db on tallenteita vanhempi.</numerusform>
            <numerusform>%n tiedostoa kansiossa recordings/ ilman riviä: tuonti keskeytyi, tai register.db on tallenteita vanhempi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recordings cannot be listed: %1</source>
        <translation>Tallenteita ei voi luetella: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recording(s) have a missing or damaged file.</source>
        <translation>
            <numerusform>%Ln tallenteen tiedosto puuttuu tai on vahingoittunut.</numerusform>
            <numerusform>%Ln tallenteen tiedosto puuttuu tai on vahingoittunut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first is the recording of call %1 (recording %2, file recordings/%3): %4.</source>
        <translation>Ensimmäinen on puhelun %1 tallenne (tallenne %2, tiedosto recordings/%3): %4.</translation>
    </message>
    <message>
        <source>The recording of call %1 (recording %2, file recordings/%3): %4.</source>
        <translation>Puhelun %1 tallenne (tallenne %2, tiedosto recordings/%3): %4.</translation>
    </message>
</context>
<context>
    <name>RegisterProfile</name>
    <message>
        <source>is not a field of the profile</source>
        <translation>ei ole profiilin kenttä</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>on oltava objekti</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>on oltava lista</translation>
    </message>
    <message>
        <source>must have at least one entry</source>
        <translation>on sisällettävä vähintään yksi kohta</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>on oltava teksti</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ei saa olla tyhjä</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>on oltava true tai false</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>on oltava %1</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>on oltava kokonaisluku väliltä %1–%2</translation>
    </message>
    <message>
        <source>must have a Finnish (&quot;fi&quot;) or an English (&quot;en&quot;) text</source>
        <translation>on oltava suomenkielinen (&quot;fi&quot;) tai englanninkielinen (&quot;en&quot;) teksti</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 puuttuu</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>on oltava jokin seuraavista: %1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 on luettelossa kahdesti</translation>
    </message>
    <message>
        <source>%1 is not a valid business ID (%2)</source>
        <translation>%1 ei ole kelvollinen Y-tunnus (%2)</translation>
    </message>
    <message>
        <source>%1 is not a valid e-mail address (%2)</source>
        <translation>%1 ei ole kelvollinen sähköpostiosoite (%2)</translation>
    </message>
    <message>
        <source>data_subjects is missing: the notice names callers, chat users and the people customer service calls as the data subjects</source>
        <translation>data_subjects puuttuu: seloste nimeää rekisteröidyiksi soittajat, chat-keskustelijat ja henkilöt, joille asiakaspalvelusta soitetaan</translation>
    </message>
    <message>
        <source>%1 is 0 (no fixed period) but %2 does not say how the period is determined; the notice must state it (GDPR art. 13(2)(a))</source>
        <translation>%1 on 0 (ei kiinteää aikaa), mutta %2 ei kerro, miten säilytysaika määräytyy; selosteessa se on kerrottava (tietosuoja-asetuksen 13 artiklan 2 kohdan a alakohta)</translation>
    </message>
    <message>
        <source>%1 is not shown in the notice: %2 is a fixed period</source>
        <translation>%1 ei näy selosteessa: %2 on kiinteä säilytysaika</translation>
    </message>
    <message>
        <source>must be 0 when hold_reasons is empty</source>
        <translation>on oltava 0, kun hold_reasons on tyhjä</translation>
    </message>
    <message>
        <source>must be 0 or at least the longest retention period (1 month)</source>
        <translation>on oltava 0 tai vähintään pisin säilytysaika (1 kuukausi)</translation>
    </message>
    <message>
        <source>must be 0 or at least the longest retention period (%1 months)</source>
        <translation>on oltava 0 tai vähintään pisin säilytysaika (%1 kuukautta)</translation>
    </message>
    <message>
        <source>is missing (needed when %1 is true)</source>
        <translation>puuttuu (vaaditaan, kun %1 on true)</translation>
    </message>
    <message>
        <source>must be left out when %1 is false</source>
        <translation>on jätettävä pois, kun %1 on false</translation>
    </message>
    <message>
        <source>%1 is not a time zone this system knows (an IANA name such as Europe/Helsinki)</source>
        <translation>%1 ei ole tämän järjestelmän tuntema aikavyöhyke (IANA-nimi, kuten Europe/Helsinki)</translation>
    </message>
    <message>
        <source>%1 is not a region code with a known numbering plan (two capital letters of ISO 3166-1, such as FI or SE)</source>
        <translation>%1 ei ole aluekoodi, jonka numerointisuunnitelma tunnetaan (kaksi isoa kirjainta standardin ISO 3166-1 mukaan, esimerkiksi FI tai SE)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>rivi %1, sarake %2: %3</translation>
    </message>
    <message>
        <source>the profile must be a JSON object</source>
        <translation>profiilin on oltava JSON-objekti</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>on oltava &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a date in the form YYYY-MM-DD</source>
        <translation>%1 ei ole päivämäärä muodossa VVVV-KK-PP</translation>
    </message>
    <message>
        <source>is needed: %1 is 0 (no fixed period), so the notice must say how the period is determined (GDPR art. 13(2)(a))</source>
        <translation>tarvitaan: %1 on 0 (ei kiinteää aikaa), joten selosteessa on kerrottava, miten säilytysaika määräytyy (tietosuoja-asetuksen 13 artiklan 2 kohdan a alakohta)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a criterion: say what decides how long the data is kept, e.g. an event and a time after it (GDPR art. 13(2)(a))</source>
        <translation>”%1” ei ole peruste: kerro, mikä ratkaisee, kuinka kauan tietoja säilytetään, esimerkiksi tapahtuma ja aika sen jälkeen (tietosuoja-asetuksen 13 artiklan 2 kohdan a alakohta)</translation>
    </message>
    <message>
        <source>too large for a register profile: %1 bytes, at most %2</source>
        <translation>liian suuri rekisteriprofiiliksi: %1 tavua, enintään %2</translation>
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
        <source>not repaired: %1</source>
        <translation>ei korjattu: %1</translation>
    </message>
    <message>
        <source>quarantine/%1 exists already; try again in a second</source>
        <translation>quarantine/%1 on jo olemassa; yritä uudelleen hetken kuluttua</translation>
    </message>
    <message>
        <source>the files were gone</source>
        <translation>tiedostot olivat jo poissa</translation>
    </message>
    <message>
        <source>Moved to %1/.</source>
        <translation>Siirretty kansioon %1/.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without a row moved to %1/ (nothing was deleted)</source>
        <translation>
            <numerusform>%n tiedosto ilman riviä siirrettiin kansioon %1/ (mitään ei poistettu)</numerusform>
            <numerusform>%n tiedostoa ilman riviä siirrettiin kansioon %1/ (mitään ei poistettu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only administrators may verify the register (&apos;tallenne-admin verify&apos;); your roles (%1) do not allow it. Ask an administrator to run it.</source>
        <translation>Vain ylläpitäjät voivat tarkistaa rekisterin (&apos;tallenne-admin verify&apos;); roolisi (%1) eivät salli sitä. Pyydä ylläpitäjää ajamaan se.</translation>
    </message>
    <message>
        <source>not recorded as lost: %1</source>
        <translation>ei kirjattu kadonneeksi: %1</translation>
    </message>
    <message>
        <source>the folder recordings/ itself is missing; put it back (is its disk mounted?) and run verify again</source>
        <translation>itse kansio recordings/ puuttuu; palauta se (onko sen levy liitetty?) ja aja verify uudelleen</translation>
    </message>
    <message>
        <source>Recorded as lost: the call keeps its details, marked &quot;recording lost&quot;.</source>
        <translation>Kirjattu kadonneeksi: puhelun tiedot säilyvät, merkintänä &quot;tallenne kadonnut&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) whose file was missing recorded as lost (their calls keep their details)</source>
        <translation>
            <numerusform>%n tallenne, jonka tiedosto puuttui, kirjattu kadonneeksi (sen puhelun tiedot säilyvät)</numerusform>
            <numerusform>%n tallennetta, joiden tiedosto puuttui, kirjattu kadonneiksi (niiden puhelujen tiedot säilyvät)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other problem(s)</source>
        <translation>
            <numerusform>%n muu ongelma</numerusform>
            <numerusform>%n muuta ongelmaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterVerifier</name>
    <message>
        <source>SQLCipher %1, profile %2</source>
        <translation>SQLCipher %1, profiili %2</translation>
    </message>
    <message>
        <source>The cipher profile marker cannot be read: %1</source>
        <translation>Salausprofiilin merkintää ei voi lukea: %1</translation>
    </message>
    <message>
        <source>The profile is &quot;%1&quot;, not the pinned &quot;%2&quot;.</source>
        <translation>Profiili on &quot;%1&quot;, ei kiinnitetty &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Checking the database pages</source>
        <translation>Tarkistetaan tietokannan sivuja</translation>
    </message>
    <message>
        <source>Its HMAC does not verify: the page was damaged or altered.</source>
        <translation>Sen HMAC ei täsmää: sivu on vioittunut tai sitä on muutettu.</translation>
    </message>
    <message numerus="yes">
        <source>The file ends %n byte(s) into a page: it was cut short or extended.</source>
        <translation>
            <numerusform>Tiedosto päättyy %n tavun päähän sivun alusta: se on katkaistu tai sitä on jatkettu.</numerusform>
            <numerusform>Tiedosto päättyy %n tavun päähän sivun alusta: se on katkaistu tai sitä on jatkettu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), each with a verified HMAC</source>
        <translation>
            <numerusform>%n sivu, HMAC tarkistettu</numerusform>
            <numerusform>%n sivua, jokaisen HMAC tarkistettu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n page(s) failed their HMAC check</source>
        <translation>
            <numerusform>%1/%n sivusta ei läpäissyt HMAC-tarkistusta</numerusform>
            <numerusform>%1/%n sivusta ei läpäissyt HMAC-tarkistusta</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the database&apos;s structure</source>
        <translation>Tarkistetaan tietokannan rakennetta</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: ok</translation>
    </message>
    <message>
        <source>PRAGMA %1 stopped: %2</source>
        <translation>PRAGMA %1 keskeytyi: %2</translation>
    </message>
    <message>
        <source>The list of tables cannot be read: %1</source>
        <translation>Taulujen luetteloa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>Reading every table and index</source>
        <translation>Luetaan jokainen taulu ja indeksi</translation>
    </message>
    <message>
        <source>It cannot be read in full: %1</source>
        <translation>Sitä ei voi lukea kokonaan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 not run past the damaged pages; %n table(s) or index(es) cannot be read in full</source>
        <translation>
            <numerusform>%1 ei voi edetä vioittuneiden sivujen ohi; %n taulua tai indeksiä ei voi lukea kokonaan</numerusform>
            <numerusform>%1 ei voi edetä vioittuneiden sivujen ohi; %n taulua tai indeksiä ei voi lukea kokonaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 found problems; %n table(s) or index(es) cannot be read in full</source>
        <translation>
            <numerusform>%1 löysi ongelmia; %n taulua tai indeksiä ei voi lukea kokonaan</numerusform>
            <numerusform>%1 löysi ongelmia; %n taulua tai indeksiä ei voi lukea kokonaan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not run past the damaged pages; every table and index reads in full (the damage is in pages no table uses)</source>
        <translation>%1 ei voi edetä vioittuneiden sivujen ohi; jokainen taulu ja indeksi voidaan lukea kokonaan (vauriot ovat sivuilla, joita mikään taulu ei käytä)</translation>
    </message>
    <message>
        <source>The register&apos;s list of key slots cannot be read: %1</source>
        <translation>Rekisterin avainpaikkaluetteloa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>The users cannot be read: %1</source>
        <translation>Käyttäjiä ei voi lukea: %1</translation>
    </message>
    <message>
        <source>The register does not list this slot: it was added to keyslots.json from elsewhere.</source>
        <translation>Rekisteri ei tunne tätä avainpaikkaa: se on lisätty keyslots.json-tiedostoon muualta.</translation>
    </message>
    <message>
        <source>Its version is %1 in keyslots.json and %2 in the register.</source>
        <translation>Sen versio on keyslots.json-tiedostossa %1 ja rekisterissä %2.</translation>
    </message>
    <message>
        <source>Its public key is not the one the register records: the slot was altered or replaced.</source>
        <translation>Sen julkinen avain ei ole se, jonka rekisteri tuntee: avainpaikkaa on muutettu tai se on vaihdettu.</translation>
    </message>
    <message>
        <source>Its seal tag does not verify under the register key: its sealed key, public key or wrapped identity was altered.</source>
        <translation>Sen sinettitarkiste ei täsmää rekisterin avaimella: sen sinetöityä avainta, julkista avainta tai suojattua identiteettiä on muutettu.</translation>
    </message>
    <message>
        <source>A slot without a user.</source>
        <translation>Avainpaikka ilman käyttäjää.</translation>
    </message>
    <message>
        <source>The register lists this slot but keyslots.json has none: it was removed from the file, and its holder cannot log in.</source>
        <translation>Rekisteri tuntee tämän avainpaikan, mutta keyslots.json-tiedostossa sitä ei ole: se on poistettu tiedostosta, eikä sen haltija voi kirjautua.</translation>
    </message>
    <message>
        <source>A user without a slot.</source>
        <translation>Käyttäjä ilman avainpaikkaa.</translation>
    </message>
    <message>
        <source>There is no recovery slot.</source>
        <translation>Palautuskoodin avainpaikka puuttuu.</translation>
    </message>
    <message numerus="yes">
        <source>%n user slot(s), the recovery and the unattended slot</source>
        <translation>
            <numerusform>%n käyttäjäkohtainen avainpaikka, palautuskoodin ja valvomattoman ajon avainpaikka</numerusform>
            <numerusform>%n käyttäjäkohtaista avainpaikkaa, palautuskoodin ja valvomattoman ajon avainpaikka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user slot(s) and the recovery slot</source>
        <translation>
            <numerusform>%n käyttäjäkohtainen avainpaikka ja palautuskoodin avainpaikka</numerusform>
            <numerusform>%n käyttäjäkohtaista avainpaikkaa ja palautuskoodin avainpaikka</numerusform>
        </translation>
    </message>
    <message>
        <source>; each listed in the register with its public key</source>
        <translation>; jokainen rekisterin tuntema julkista avainta myöten</translation>
    </message>
    <message numerus="yes">
        <source>, %n with a verified seal tag</source>
        <translation>
            <numerusform>, %n:n sinettitarkiste tarkistettu</numerusform>
            <numerusform>, %n:n sinettitarkiste tarkistettu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n slot(s) written before seal tags: each is checked in full when its holder logs in, and the next rekey tags it</source>
        <translation>
            <numerusform>; %n avainpaikka kirjoitettu ennen sinettitarkisteita: se tarkistetaan kokonaan haltijan kirjautuessa, ja seuraava avaimenvaihto lisää tarkisteen</numerusform>
            <numerusform>; %n avainpaikkaa kirjoitettu ennen sinettitarkisteita: kukin tarkistetaan kokonaan haltijansa kirjautuessa, ja seuraava avaimenvaihto lisää tarkisteet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with the key slots</source>
        <translation>
            <numerusform>%n ongelma avainpaikoissa</numerusform>
            <numerusform>%n ongelmaa avainpaikoissa</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the recordings</source>
        <translation>Tarkistetaan tallenteita</translation>
    </message>
    <message numerus="yes">
        <source>The folder recordings/ is missing: none of the %n recording(s) has its file.</source>
        <translation>
            <numerusform>Kansio recordings/ puuttuu: tallenteen tiedosto puuttuu.</numerusform>
            <numerusform>Kansio recordings/ puuttuu: yhdenkään %n tallenteen tiedostoa ei ole.</numerusform>
        </translation>
    </message>
    <message>
        <source>no recordings</source>
        <translation>ei tallenteita</translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s) checked for presence and size (--quick: their contents were not read)</source>
        <translation>
            <numerusform>%n tallenteen olemassaolo ja koko tarkistettu (--quick: sisältöä ei luettu)</numerusform>
            <numerusform>%n tallenteen olemassaolo ja koko tarkistettu (--quick: sisältöä ei luettu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n authenticated with their own key (every chunk and the audio&apos;s SHA-256; the file&apos;s digest where the row keeps one)</source>
        <translation>
            <numerusform>%n todennettu omalla avaimellaan (jokainen lohko ja äänen SHA-256; tiedoston tiiviste, jos rivillä on sellainen)</numerusform>
            <numerusform>%n todennettu omilla avaimillaan (jokainen lohko ja äänen SHA-256; tiedoston tiiviste, jos rivillä on sellainen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n compared with the digest their row keeps (your login holds no recordings key)</source>
        <translation>
            <numerusform>%n verrattu rivillä säilytettyyn tiivisteeseen (sinulla ei ole tallenneavainta)</numerusform>
            <numerusform>%n verrattu rivillä säilytettyyn tiivisteeseen (sinulla ei ole tallenneavainta)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked for presence and size only: written before file digests were kept, and your login holds no recordings key</source>
        <translation>
            <numerusform>%n tarkistettu vain olemassaolon ja koon osalta: kirjoitettu ennen kuin tiedostojen tiivisteitä säilytettiin, eikä sinulla ole tallenneavainta</numerusform>
            <numerusform>%n tarkistettu vain olemassaolon ja koon osalta: kirjoitettu ennen kuin tiedostojen tiivisteitä säilytettiin, eikä sinulla ole tallenneavainta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n tallenne</numerusform>
            <numerusform>%n tallennetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recording(s) failed their check</source>
        <translation>
            <numerusform>%1/%n tallenteesta ei läpäissyt tarkistusta</numerusform>
            <numerusform>%1/%n tallenteesta ei läpäissyt tarkistusta</numerusform>
        </translation>
    </message>
    <message>
        <source>No recording&apos;s row names this file: an import cut short left it, or the database is older than the recordings folder (rolled back). It is evidence: verify --repair moves it to quarantine/, nothing deletes it.</source>
        <translation>Minkään tallenteen rivi ei nimeä tätä tiedostoa: se on jäänyt kesken katkenneesta tuonnista, tai tietokanta on vanhempi kuin tallennekansio (palautettu aiempaan). Se on todiste: verify --repair siirtää sen kansioon quarantine/, mikään ei poista sitä.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in recordings/ without a row</source>
        <translation>
            <numerusform>%n tiedosto kansiossa recordings/ ilman riviä</numerusform>
            <numerusform>%n tiedostoa kansiossa recordings/ ilman riviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) of purged recordings wait for the next purge to remove them (their keys are gone)</source>
        <translation>
            <numerusform>; %n poistetun tallenteen tiedosto odottaa, että seuraava poistoajo poistaa sen (sen avain on jo poistettu)</numerusform>
            <numerusform>; %n poistettujen tallenteiden tiedostoa odottaa, että seuraava poistoajo poistaa ne (niiden avaimet on jo poistettu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation>Tarkistetaan tarkastuslokia</translation>
    </message>
    <message>
        <source>%1; checked against: %2</source>
        <translation>%1; verrattu todistajiin: %2</translation>
    </message>
    <message>
        <source>register.db is older than keyslots.json and recordings/: keyslots.json names audit entry %1, the register&apos;s trail ends at entry %2. The database was put back to an older copy, or its write-ahead log was lost; the problems below marked &quot;after the rollback&quot; follow from it.</source>
        <translation>register.db on vanhempi kuin keyslots.json ja recordings/: keyslots.json nimeää tarkastuslokin merkinnän %1, rekisterin tarkastusloki päättyy merkintään %2. Tietokanta palautettiin vanhempaan kopioon, tai sen write-ahead-loki katosi; alla merkinnällä &quot;palautuksen jälkeen&quot; merkityt ongelmat johtuvat siitä.</translation>
    </message>
    <message>
        <source>register.db is not the one keyslots.json was last written with: keyslots.json names audit entry %1 as it was written, and the register holds another entry there. The database was put back to an older copy (and used since), or its write-ahead log was lost; the problems below marked &quot;after the rollback&quot; follow from it.</source>
        <translation>register.db ei ole se, jonka kanssa keyslots.json viimeksi kirjoitettiin: keyslots.json nimeää tarkastuslokin merkinnän %1 sellaisena kuin se kirjoitettiin, ja rekisterissä on siinä kohdassa toinen merkintä. Tietokanta palautettiin vanhempaan kopioon (ja sitä on käytetty sen jälkeen), tai sen write-ahead-loki katosi; alla merkinnällä &quot;palautuksen jälkeen&quot; merkityt ongelmat johtuvat siitä.</translation>
    </message>
    <message>
        <source>Checking the key slots</source>
        <translation>Tarkistetaan avainpaikat</translation>
    </message>
    <message>
        <source>After the rollback: the older register.db does not list this slot, which was added after that copy was made.</source>
        <translation>Palautuksen jälkeen: vanhempi register.db ei luettele tätä avainpaikkaa, joka lisättiin kopion ottamisen jälkeen.</translation>
    </message>
    <message>
        <source>After the rollback: its version is %1 in keyslots.json and %2 in the older register.db.</source>
        <translation>Palautuksen jälkeen: sen versio on %1 tiedostossa keyslots.json ja %2 vanhemmassa tiedostossa register.db.</translation>
    </message>
    <message>
        <source>Its key derivation parameters (%1 passes, %2 KiB) are not ones this program writes: the slot was altered or damaged, and it no longer opens with its holder&apos;s password.</source>
        <translation>Sen avaimen johtamisen parametrit (%1 kierrosta, %2 KiB) eivät ole tämän ohjelman kirjoittamia: avainpaikkaa on muutettu tai se on vahingoittunut, eikä se enää aukea haltijansa salasanalla.</translation>
    </message>
    <message>
        <source>After the rollback: the older register.db lists this slot, which was removed since.</source>
        <translation>Palautuksen jälkeen: vanhempi register.db luettelee tämän avainpaikan, joka on sittemmin poistettu.</translation>
    </message>
    <message>
        <source>Looking for files without a row in recordings/</source>
        <translation>Etsitään kansiosta recordings/ tiedostoja ilman riviä</translation>
    </message>
    <message>
        <source>After the rollback: a recording written after the older register.db&apos;s copy, which has no row for it. It is evidence: verify --repair moves it to quarantine/, nothing deletes it.</source>
        <translation>Palautuksen jälkeen: tallenne, joka kirjoitettiin vanhemman tiedoston register.db kopioinnin jälkeen, eikä sillä ole siinä riviä. Se on todiste: verify --repair siirtää sen kansioon quarantine/, mikään ei poista sitä.</translation>
    </message>
    <message>
        <source>Restore the latest backup of the whole register folder if one is newer. verify --repair moves the newer files without a row to quarantine/ (evidence: nothing is deleted); the lost entries stay reported, as the audit trail&apos;s witnesses remember them.</source>
        <translation>Palauta koko rekisterikansion uusin varmuuskopio, jos se on uudempi. verify --repair siirtää uudemmat tiedostot ilman riviä kansioon quarantine/ (todisteita: mitään ei poisteta); kadonneet merkinnät raportoidaan edelleen, koska tarkastuslokin todistajat muistavat ne.</translation>
    </message>
</context>
<context>
    <name>RequestRepository</name>
    <message>
        <source>Storing a request</source>
        <translation>Pyynnön tallentaminen</translation>
    </message>
    <message>
        <source>Reading a request</source>
        <translation>Pyynnön lukeminen</translation>
    </message>
    <message>
        <source>Reading requests</source>
        <translation>Pyyntöjen lukeminen</translation>
    </message>
    <message>
        <source>Updating a request</source>
        <translation>Pyynnön päivittäminen</translation>
    </message>
    <message>
        <source>Reading what was found for a request</source>
        <translation>Pyyntöön löytyneiden tietojen lukeminen</translation>
    </message>
    <message>
        <source>Storing what was found for a request</source>
        <translation>Pyyntöön löytyneiden tietojen tallentaminen</translation>
    </message>
    <message>
        <source>Changing what a request covers</source>
        <translation>Pyynnön kattamien tietojen muuttaminen</translation>
    </message>
    <message>
        <source>Request %1 has no %2 %3 among what was found for it.</source>
        <translation>Pyyntöön %1 löytyneissä tiedoissa ei ole kohdetta %2 %3.</translation>
    </message>
    <message>
        <source>Reading earlier requests</source>
        <translation>Aiempien pyyntöjen lukeminen</translation>
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
        <translation>Tietosuoja-asiantuntija</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Pääkäyttäjä</translation>
    </message>
</context>
<context>
    <name>SampleRepository</name>
    <message>
        <source>Finding calls and chats to sample</source>
        <translation>Otokseen sopivien puheluiden ja keskustelujen haku</translation>
    </message>
    <message>
        <source>Saving a sample</source>
        <translation>Otoksen tallentaminen</translation>
    </message>
    <message>
        <source>Reading samples</source>
        <translation>Otosten lukeminen</translation>
    </message>
    <message>
        <source>Reading a sample</source>
        <translation>Otoksen lukeminen</translation>
    </message>
</context>
<context>
    <name>SampleSpec</name>
    <message>
        <source>Choose the first and the last day of the sample, the last not before the first.</source>
        <translation>Valitse otoksen ensimmäinen ja viimeinen päivä; viimeinen ei voi olla ennen ensimmäistä.</translation>
    </message>
    <message>
        <source>A sample covers at most %1 weeks.</source>
        <translation>Otos kattaa enintään %1 viikkoa.</translation>
    </message>
    <message>
        <source>Draw 1 to %1 per agent per week.</source>
        <translation>Arvo 1–%1 asiakaspalvelijaa kohden viikossa.</translation>
    </message>
    <message>
        <source>Sample calls, chats or both.</source>
        <translation>Valitse otokseen puhelut, chat-keskustelut tai molemmat.</translation>
    </message>
    <message>
        <source>The direction is inbound, outbound or internal.</source>
        <translation>Suunta on saapuva, lähtevä tai sisäinen.</translation>
    </message>
    <message>
        <source>The shortest duration cannot be negative.</source>
        <translation>Lyhin kesto ei voi olla negatiivinen.</translation>
    </message>
</context>
<context>
    <name>SamplingService</name>
    <message>
        <source>Nothing matches the sample&apos;s filter in those weeks: no call or chat to draw.</source>
        <translation>Otoksen ehtoihin ei sovi mitään noilla viikoilla: arvottavia puheluita tai keskusteluja ei ole.</translation>
    </message>
    <message>
        <source>There is no sample %1.</source>
        <translation>Otosta %1 ei ole.</translation>
    </message>
</context>
<context>
    <name>ScoreBreakdown</name>
    <message>
        <source>%1 of %2 weighted points = %3 %</source>
        <translation>Painotetut pisteet %1 / %2 = %3 %</translation>
    </message>
    <message>
        <source>No score yet: no criterion is answered with points.</source>
        <translation>Ei vielä tulosta: yhtäkään pisteytettävää kohtaa ei ole arvioitu.</translation>
    </message>
    <message>
        <source>Not applicable, weight removed: %1 (%2)</source>
        <translation>Ei sovellu, paino poistettu: %1 (%2)</translation>
    </message>
    <message>
        <source>Critical criterion failed: %1 — the score is 0 (it would be %2 %)</source>
        <translation>Kriittinen kohta ei täyttynyt: %1 — tulos on 0 (muuten se olisi %2 %)</translation>
    </message>
    <message>
        <source>Answer not allowed for the criterion, not counted: %1</source>
        <translation>Vastaus ei kelpaa kohtaan, sitä ei laskettu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not answered yet: %n criterion(s)</source>
        <translation>
            <numerusform>Vielä arvioimatta: %n kohta</numerusform>
            <numerusform>Vielä arvioimatta: %n kohtaa</numerusform>
        </translation>
    </message>
    <message>
        <source>A comment is needed: %1</source>
        <translation>Kommentti tarvitaan: %1</translation>
    </message>
    <message>
        <source>Pass mark %1 %: passed</source>
        <translation>Hyväksymisraja %1 %: hyväksytty</translation>
    </message>
    <message>
        <source>Pass mark %1 %: not passed</source>
        <translation>Hyväksymisraja %1 %: ei hyväksytty</translation>
    </message>
</context>
<context>
    <name>ScorecardDefinition</name>
    <message>
        <source>this field is not part of the scorecard format.</source>
        <translation>kenttä ei kuulu arviointilomakkeen tiedostomuotoon.</translation>
    </message>
    <message>
        <source>the field is missing.</source>
        <translation>kenttä puuttuu.</translation>
    </message>
    <message>
        <source>the value must be a text.</source>
        <translation>arvon on oltava teksti.</translation>
    </message>
    <message>
        <source>the value must be a number.</source>
        <translation>arvon on oltava luku.</translation>
    </message>
    <message>
        <source>the value must be true or false.</source>
        <translation>arvon on oltava true tai false.</translation>
    </message>
    <message>
        <source>the value must be a list.</source>
        <translation>arvon on oltava lista.</translation>
    </message>
    <message>
        <source>the value must be an object.</source>
        <translation>arvon on oltava objekti.</translation>
    </message>
    <message>
        <source>the scale must be &quot;yes_no&quot; or &quot;one_to_five&quot;.</source>
        <translation>asteikon on oltava &quot;yes_no&quot; tai &quot;one_to_five&quot;.</translation>
    </message>
    <message>
        <source>the comment rule must be &quot;optional&quot;, &quot;on_fail&quot; or &quot;always&quot;.</source>
        <translation>kommenttisäännön on oltava &quot;optional&quot;, &quot;on_fail&quot; tai &quot;always&quot;.</translation>
    </message>
    <message>
        <source>The file is too large for a scorecard: %1 bytes, at most %2.</source>
        <translation>Tiedosto on liian suuri arviointilomakkeeksi: %1 tavua, enintään %2.</translation>
    </message>
    <message>
        <source>line %1, column %2: the file is not valid JSON (%3).</source>
        <translation>rivi %1, sarake %2: tiedosto ei ole kelvollista JSONia (%3).</translation>
    </message>
    <message>
        <source>The scorecard must be a JSON object.</source>
        <translation>Arviointilomakkeen on oltava JSON-objekti.</translation>
    </message>
    <message>
        <source>the file is not a Tallenne scorecard (the format must be &quot;%1&quot;).</source>
        <translation>tiedosto ei ole Tallenne-järjestelmän arviointilomake (muodon on oltava &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>this version of Tallenne reads format version %1 only.</source>
        <translation>tämä Tallenne-versio lukee vain tiedostomuodon version %1.</translation>
    </message>
    <message>
        <source>a scorecard has at most %1 sections.</source>
        <translation>arviointilomakkeessa voi olla enintään %1 osiota.</translation>
    </message>
    <message>
        <source>the name must not be empty.</source>
        <translation>nimi ei saa olla tyhjä.</translation>
    </message>
    <message>
        <source>the name must be at most %1 characters.</source>
        <translation>nimessä saa olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>the description must be at most %1 characters.</source>
        <translation>kuvauksessa saa olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>the pass mark must be from 0 to 100.</source>
        <translation>hyväksymisrajan on oltava väliltä 0–100.</translation>
    </message>
    <message>
        <source>the scorecard must have at least one section.</source>
        <translation>arviointilomakkeessa on oltava vähintään yksi osio.</translation>
    </message>
    <message>
        <source>a scorecard has at most %1 criteria in all; this one has %2.</source>
        <translation>arviointilomakkeessa voi olla yhteensä enintään %1 arviointikohtaa; tässä niitä on %2.</translation>
    </message>
    <message>
        <source>the title must not be empty.</source>
        <translation>otsikko ei saa olla tyhjä.</translation>
    </message>
    <message>
        <source>the title must be at most %1 characters.</source>
        <translation>otsikossa saa olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>a section must have at least one criterion.</source>
        <translation>osiossa on oltava vähintään yksi arviointikohta.</translation>
    </message>
    <message>
        <source>the id must be 1 to 64 characters of a-z, 0-9, _ and -.</source>
        <translation>tunnisteessa on oltava 1–64 merkkiä, sallittuja ovat a–z, 0–9, _ ja -.</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is already used by %2.</source>
        <translation>tunniste ”%1” on jo käytössä kohdassa %2.</translation>
    </message>
    <message>
        <source>the guidance must be at most %1 characters.</source>
        <translation>ohjeessa saa olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>the weight must be more than 0 and at most 100.</source>
        <translation>painon on oltava suurempi kuin 0 ja enintään 100.</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Kyllä / ei</translation>
    </message>
    <message>
        <source>1 to 5</source>
        <translation>1–5</translation>
    </message>
    <message>
        <source>Comment optional</source>
        <translation>Kommentti vapaaehtoinen</translation>
    </message>
    <message>
        <source>Comment needed on a failed answer</source>
        <translation>Kommentti tarvitaan, jos kohta ei täyty</translation>
    </message>
    <message>
        <source>Comment always needed</source>
        <translation>Kommentti tarvitaan aina</translation>
    </message>
</context>
<context>
    <name>ScorecardEditor</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>Ni&amp;mi:</translation>
    </message>
    <message>
        <source>Pass mar&amp;k:</source>
        <translation>H&amp;yväksymisraja:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Kuvaus:</translation>
    </message>
    <message>
        <source>S&amp;ections and criteria:</source>
        <translation>Osiot ja arviointikohdat:</translation>
    </message>
    <message>
        <source>Insert adds a criterion, Shift+Insert a section; Delete removes; Alt+Up and Alt+Down (or Ctrl+Up and Ctrl+Down) move.</source>
        <translation>Insert lisää arviointikohdan, Vaihto+Insert osion; Delete poistaa; Alt+Ylös ja Alt+Alas (tai Ctrl+Ylös ja Ctrl+Alas) siirtävät.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Paino</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Lisää osio</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Lisää arviointikohta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Select a section or a criterion to edit it.</source>
        <translation>Valitse muokattava osio tai arviointikohta.</translation>
    </message>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Ot&amp;sikko:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>Tunn&amp;iste:</translation>
    </message>
    <message>
        <source>Stable within the scorecard: a-z, 0-9, _ and -. Made from the title when left empty.</source>
        <translation>Pysyvä arviointilomakkeen sisällä: a-z, 0-9, _ ja -. Muodostetaan otsikosta, jos jätetään tyhjäksi.</translation>
    </message>
    <message>
        <source>G&amp;uidance:</source>
        <translation>Oh&amp;jeistus:</translation>
    </message>
    <message>
        <source>Wei&amp;ght:</source>
        <translation>&amp;Paino:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Asteikko:</translation>
    </message>
    <message>
        <source>Comment re&amp;quired:</source>
        <translation>Kommentti vaa&amp;ditaan:</translation>
    </message>
    <message>
        <source>“Not applica&amp;ble” allowed</source>
        <translation>&amp;Vastaus ”ei sovellu” sallittu</translation>
    </message>
    <message>
        <source>C&amp;ritical: fails the whole evaluation</source>
        <translation>Kriittinen: &amp;hylkää koko arvioinnin</translation>
    </message>
    <message>
        <source>Answered with its lowest answer (“no”, or 1), this criterion makes the score 0.</source>
        <translation>Jos tähän kohtaan vastataan alimmalla vastauksella (”ei” tai 1), arvioinnin tulos on 0.</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>Scorecards:</source>
        <translation>Arviointilomakkeet:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Uusin versio</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>Ne&amp;w scorecard</source>
        <translation>Uusi a&amp;rviointilomake</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>T&amp;uo…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Vi&amp;e…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Poista käyt&amp;östä</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versio:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Ta&amp;llenna</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
</context>
<context>
    <name>ScorecardRepository</name>
    <message>
        <source>Creating a scorecard</source>
        <translation>Arviointilomakkeen luominen</translation>
    </message>
    <message>
        <source>Saving a scorecard version</source>
        <translation>Arviointilomakkeen version tallentaminen</translation>
    </message>
    <message>
        <source>Retiring a scorecard</source>
        <translation>Arviointilomakkeen poistaminen käytöstä</translation>
    </message>
    <message>
        <source>Reading scorecards</source>
        <translation>Arviointilomakkeiden lukeminen</translation>
    </message>
    <message>
        <source>Reading a scorecard</source>
        <translation>Arviointilomakkeen lukeminen</translation>
    </message>
</context>
<context>
    <name>ScorecardService</name>
    <message>
        <source>Version %1 of scorecard %2 cannot be read: %3</source>
        <translation>Arviointilomakkeen %2 versiota %1 ei voi lukea: %3</translation>
    </message>
    <message>
        <source>There already is a scorecard called &quot;%1&quot;. Choose another name.</source>
        <translation>Arviointilomake nimeltä ”%1” on jo olemassa. Valitse toinen nimi.</translation>
    </message>
    <message>
        <source>There is no scorecard %1.</source>
        <translation>Arviointilomaketta %1 ei ole.</translation>
    </message>
    <message>
        <source>There is no scorecard version %1.</source>
        <translation>Arviointilomakkeen versiota %1 ei ole.</translation>
    </message>
    <message>
        <source>There already are too many scorecards called &quot;%1&quot;.</source>
        <translation>Arviointilomakkeita nimeltä ”%1” on jo liian monta.</translation>
    </message>
    <message>
        <source>Scorecard %1 has no version %2.</source>
        <translation>Arviointilomakkeella %1 ei ole versiota %2.</translation>
    </message>
</context>
<context>
    <name>SealedFieldReader</name>
    <message>
        <source>A sealed value of the register does not open: it was altered, moved, or sealed to another key.</source>
        <translation>Rekisterin sinetöity arvo ei aukea: sitä on muutettu tai siirretty, tai se on sinetöity toiselle avaimelle.</translation>
    </message>
    <message>
        <source>A sealed key has the wrong size.</source>
        <translation>Sinetöidyn avaimen koko on väärä.</translation>
    </message>
    <message>
        <source>A key sealed to you does not open: it was altered or sealed to someone else.</source>
        <translation>Sinulle sinetöity avain ei aukea: sitä on muutettu, tai se on sinetöity jollekulle muulle.</translation>
    </message>
</context>
<context>
    <name>SealedFieldWriter</name>
    <message>
        <source>Locked memory for a key could not be had.</source>
        <translation>Avaimelle ei saatu lukittua muistia.</translation>
    </message>
    <message>
        <source>The register&apos;s public key of a capability is not valid.</source>
        <translation>Rekisterin avaimen julkinen osa ei ole kelvollinen.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Calls</source>
        <translation>Puhelut</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chatit</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Valmennus</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Laatu</translation>
    </message>
    <message>
        <source>Access requests</source>
        <translation>Rekisteröityjen pyynnöt</translation>
    </message>
    <message>
        <source>Retention and holds</source>
        <translation>Säilytysajat ja poistoestot</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Ylläpito</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Tietosuojaseloste</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Tarkastusloki</translation>
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
    <message numerus="yes">
        <source>That was too many failed attempts for this user name: the next try is possible in %n second(s), at %1.</source>
        <translation>
            <numerusform>Tällä käyttäjätunnuksella on nyt liian monta epäonnistunutta yritystä: seuraava yritys on mahdollinen %n sekunnin kuluttua, kello %1.</numerusform>
            <numerusform>Tällä käyttäjätunnuksella on nyt liian monta epäonnistunutta yritystä: seuraava yritys on mahdollinen %n sekunnin kuluttua, kello %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The unattended purge is not enabled for this register; an administrator enables it with &apos;tallenne-admin unattended enable&apos;.</source>
        <translation>Valvomaton poisto ei ole käytössä tässä rekisterissä; pääkäyttäjä ottaa sen käyttöön komennolla &apos;tallenne-admin unattended enable&apos;.</translation>
    </message>
    <message>
        <source>Your capability keys could not be opened: %1</source>
        <translation>Käyttöoikeusavaimiasi ei voitu avata: %1</translation>
    </message>
    <message>
        <source>The login could not be written to the audit trail: %1</source>
        <translation>Kirjautumista ei voitu kirjata tarkastuslokiin: %1</translation>
    </message>
    <message>
        <source>Refused: the operation %1 is not declared with the permission it is checked against. This is a defect of Tallenne; nothing was done.</source>
        <translation>Estetty: toimintoa %1 ei ole määritelty sillä oikeudella, jolla se tarkistetaan. Tämä on Tallennen vika; mitään ei tehty.</translation>
    </message>
    <message>
        <source>register.db is missing or empty: restore it from the latest backup.</source>
        <translation>register.db puuttuu tai on tyhjä: palauta se uusimmasta varmuuskopiosta.</translation>
    </message>
    <message>
        <source>register.db is damaged: its size (%1 bytes) is not a whole number of %2-byte pages, so it was cut short or extended. Your password opened your key slot, so the key is right. Restore register.db from the latest backup; &apos;tallenne-admin verify&apos; cannot log in to it.</source>
        <translation>register.db on vahingoittunut: sen koko (%1 tavua) ei ole kokonainen määrä %2 tavun sivuja, joten sitä on lyhennetty tai jatkettu. Salasanasi avasi avainpaikkasi, joten avain on oikea. Palauta register.db uusimmasta varmuuskopiosta; &apos;tallenne-admin verify&apos; ei voi kirjautua siihen.</translation>
    </message>
    <message>
        <source>register.db does not open with the key keyslots.json gives, and none of its %1 pages verifies under it: register.db and keyslots.json do not belong together (one of them was put back from another time or another register). Restore both from the same backup.</source>
        <translation>register.db ei aukea avaimella, jonka keyslots.json antaa, eikä yksikään sen %1 sivusta täsmää sen kanssa: register.db ja keyslots.json eivät kuulu yhteen (toinen niistä on palautettu toisesta ajankohdasta tai toisesta rekisteristä). Palauta molemmat samasta varmuuskopiosta.</translation>
    </message>
    <message>
        <source>register.db is damaged: its first page (the database header) fails its check under the register key, while %1 of its %2 pages verify, so the key is right and the file is not. Restore register.db from the latest backup.</source>
        <translation>register.db on vahingoittunut: sen ensimmäinen sivu (tietokannan otsake) ei läpäise tarkistustaan rekisterin avaimella, vaikka %1 sen %2 sivusta täsmää, joten avain on oikea ja tiedosto ei. Palauta register.db uusimmasta varmuuskopiosta.</translation>
    </message>
</context>
<context>
    <name>SubjectExportService</name>
    <message>
        <source>Unable to read the register: %1</source>
        <translation>Rekisteriä ei voi lukea: %1</translation>
    </message>
    <message>
        <source>The register has no profile: the copy&apos;s report and its ways of delivery come from it. Set one with &apos;profile set&apos;.</source>
        <translation>Rekisterillä ei ole rekisteriprofiilia: jäljennöksen selvitys ja sen antotavat tulevat siitä. Aseta profiili komennolla &apos;profile set&apos;.</translation>
    </message>
    <message>
        <source>The register profile does not allow handing a copy over this way (%1); it allows: %2.</source>
        <translation>Rekisteriprofiili ei salli jäljennöksen antamista tällä tavalla (%1); sallitut tavat: %2.</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>ei annettu</translation>
    </message>
    <message>
        <source>no way at all</source>
        <translation>ei mitään tapaa</translation>
    </message>
    <message>
        <source>Cannot read back %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea takaisin: %2</translation>
    </message>
    <message>
        <source>Request %1 is for %2, not for a copy: open an access or portability request for the copy.</source>
        <translation>Pyyntö %1 koskee asiaa &quot;%2&quot;, ei jäljennöstä: avaa jäljennöstä varten tarkastus- tai siirtopyyntö.</translation>
    </message>
</context>
<context>
    <name>SubjectFinderPanel</name>
    <message>
        <source>Find &amp;by:</source>
        <translation>&amp;Hakuperuste:</translation>
    </message>
    <message>
        <source>Fi&amp;nd</source>
        <translation>&amp;Etsi</translation>
    </message>
</context>
<context>
    <name>SubjectRepository</name>
    <message>
        <source>Adding a data subject</source>
        <translation>Rekisteröidyn lisääminen</translation>
    </message>
    <message>
        <source>An identifier cannot be empty.</source>
        <translation>Tunnistetieto ei voi olla tyhjä.</translation>
    </message>
    <message>
        <source>Adding an identifier</source>
        <translation>Tunnistetiedon lisääminen</translation>
    </message>
    <message>
        <source>Finding a data subject</source>
        <translation>Rekisteröidyn hakeminen</translation>
    </message>
    <message>
        <source>Reading identifiers</source>
        <translation>Tunnistetietojen lukeminen</translation>
    </message>
    <message>
        <source>Reading a data subject&apos;s records</source>
        <translation>Rekisteröidyn tietueiden lukeminen</translation>
    </message>
    <message>
        <source>There is no data subject %1.</source>
        <translation>Rekisteröityä %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>Restricting a data subject</source>
        <translation>Rekisteröidyn tietojen käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <source>Finding calls</source>
        <translation>Puheluiden hakeminen</translation>
    </message>
</context>
<context>
    <name>SubjectRightsService</name>
    <message>
        <source>Request %1 is a request of kind &quot;%2&quot;; this needs a request of kind: %3.</source>
        <translation>Pyynnön %1 laji on &quot;%2&quot;; tähän tarvitaan pyyntö, jonka laji on: %3.</translation>
    </message>
    <message>
        <source>Data subject %1 is not included in request %2.</source>
        <translation>Rekisteröity %1 ei sisälly pyyntöön %2.</translation>
    </message>
    <message>
        <source>The new value must be one line of at most 500 characters.</source>
        <translation>Uuden arvon on oltava yksi enintään 500 merkin rivi.</translation>
    </message>
    <message>
        <source>The new %1 is the same as the old one.</source>
        <translation>Uusi tieto (%1) on sama kuin vanha.</translation>
    </message>
    <message>
        <source>Rectifying needs the identifier and lookup keys, which have not reached you yet.</source>
        <translation>Oikaiseminen edellyttää tunnistetietoavainta ja hakuavainta, jotka eivät ole vielä tulleet sinulle.</translation>
    </message>
    <message>
        <source>Data subject %1 has no such %2: nothing was changed.</source>
        <translation>Rekisteröidyllä %1 ei ole tällaista tietoa (%2): mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Overriding an objection needs the compelling legitimate grounds that override the person&apos;s interests, rights and freedoms (GDPR art. 21(1)).</source>
        <translation>Vastustuksen hylkääminen edellyttää huomattavan tärkeitä ja perusteltuja syitä, jotka syrjäyttävät henkilön edut, oikeudet ja vapaudet (tietosuoja-asetuksen 21 artiklan 1 kohta).</translation>
    </message>
    <message>
        <source>The grounds have at most %1 characters.</source>
        <translation>Perusteissa on enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>legal hold %1</source>
        <translation>poistoesto %1</translation>
    </message>
    <message>
        <source>legal hold %1 (%2, case %3) until %4</source>
        <translation>poistoesto %1 (%2, asia %3) %4 asti</translation>
    </message>
    <message>
        <source>a legal duty to keep it: %1</source>
        <translation>lakisääteinen säilytysvelvoite: %1</translation>
    </message>
    <message>
        <source>An erased recording&apos;s file could not be removed: %1</source>
        <translation>Poistetun tallenteen tiedostoa ei voitu poistaa: %1</translation>
    </message>
</context>
<context>
    <name>SubjectService</name>
    <message>
        <source>it is empty</source>
        <translation>se on tyhjä</translation>
    </message>
    <message>
        <source>The %1 cannot be used: %2</source>
        <translation>Tunnistetietoa (%1) ei voi käyttää: %2</translation>
    </message>
    <message>
        <source>Finding a person needs the lookup key, which has not reached you yet: it is sealed to you at the next login of someone who holds it.</source>
        <translation>Henkilön etsiminen vaatii hakuavaimen, joka ei ole vielä tullut sinulle: se sinetöidään sinulle, kun joku sen haltija seuraavan kerran kirjautuu.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>puhelinnumero</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>sähköpostiosoite</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>personal identity code</source>
        <translation>henkilötunnus</translation>
    </message>
    <message>
        <source>business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>postal address</source>
        <translation>postiosoite</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <source>Tag a moment</source>
        <translation>Merkitse kohta</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Nimike:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Muistiinpano:</translation>
    </message>
    <message>
        <source>What should a trainee notice here? Do not write the caller&apos;s personal data.</source>
        <translation>Mitä koulutettavan pitäisi huomata tässä kohdassa? Älä kirjoita soittajan henkilötietoja.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alku:</translation>
    </message>
    <message>
        <source>Minutes, seconds and tenths from the start of the call, e.g. 1:05.2</source>
        <translation>Minuutit, sekunnit ja kymmenykset puhelun alusta, esim. 1:05.2</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Lo&amp;ppu:</translation>
    </message>
    <message>
        <source>Pick a label, or type a new one to create it.</source>
        <translation>Valitse nimike tai kirjoita uusi, niin se luodaan.</translation>
    </message>
    <message>
        <source>Add to &amp;playlist:</source>
        <translation>Lisää &amp;kuuntelulistaan:</translation>
    </message>
    <message>
        <source>Name of the new playlist</source>
        <translation>Uuden kuuntelulistan nimi</translation>
    </message>
</context>
<context>
    <name>TagListPanel</name>
    <message>
        <source>Tags</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>M&amp;erkinnät:</translation>
    </message>
    <message>
        <source>Enter edits the selected tag; Delete deletes it.</source>
        <translation>Enter avaa valitun merkinnän muokattavaksi; Delete poistaa sen.</translation>
    </message>
    <message>
        <source>Pla&amp;y tag</source>
        <translation>Kuuntele me&amp;rkintä</translation>
    </message>
    <message>
        <source>&amp;Edit tag…</source>
        <translation>Muokkaa merkint&amp;ää…</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Poista merkintä</translation>
    </message>
    <message>
        <source>New la&amp;bel…</source>
        <translation>Uusi nimi&amp;ke…</translation>
    </message>
    <message>
        <source>Playlist to add the tag to</source>
        <translation>Kuuntelulista, johon merkintä lisätään</translation>
    </message>
    <message>
        <source>&amp;Add to playlist</source>
        <translation>Lisää kuuntelulist&amp;aan</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>Storing a tag</source>
        <translation>Merkinnän tallentaminen</translation>
    </message>
    <message>
        <source>Changing a tag</source>
        <translation>Merkinnän muuttaminen</translation>
    </message>
    <message>
        <source>Deleting a tag</source>
        <translation>Merkinnän poistaminen</translation>
    </message>
    <message>
        <source>Reading a tag</source>
        <translation>Merkinnän lukeminen</translation>
    </message>
    <message>
        <source>Reading tags</source>
        <translation>Merkintöjen lukeminen</translation>
    </message>
    <message>
        <source>Reading a call</source>
        <translation>Puhelun lukeminen</translation>
    </message>
    <message>
        <source>Storing a tag label</source>
        <translation>Merkinnän nimikkeen tallentaminen</translation>
    </message>
    <message>
        <source>Renaming a tag label</source>
        <translation>Merkinnän nimikkeen nimeäminen uudelleen</translation>
    </message>
    <message>
        <source>Deleting a tag label</source>
        <translation>Merkinnän nimikkeen poistaminen</translation>
    </message>
    <message>
        <source>Reading tag labels</source>
        <translation>Merkintöjen nimikkeiden lukeminen</translation>
    </message>
    <message>
        <source>Reading a tag label</source>
        <translation>Merkinnän nimikkeen lukeminen</translation>
    </message>
</context>
<context>
    <name>TagService</name>
    <message>
        <source>There is no call %1.</source>
        <translation>Puhelua %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>A tag needs a start before its end (%1 ms – %2 ms).</source>
        <translation>Merkinnän alun on oltava ennen sen loppua (%1 ms – %2 ms).</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>Muistiinpanossa voi olla enintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>There is no tag label %1.</source>
        <translation>Merkinnän nimikettä %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>Merkintää %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>You can change only your own tags.</source>
        <translation>Voit muuttaa vain omia merkintöjäsi.</translation>
    </message>
    <message>
        <source>A label has 1 to 80 characters.</source>
        <translation>Nimikkeessä on oltava 1–80 merkkiä.</translation>
    </message>
    <message>
        <source>There is already a label called %1.</source>
        <translation>Nimike %1 on jo olemassa.</translation>
    </message>
    <message>
        <source>a personal identity code</source>
        <translation>henkilötunnus</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>puhelinnumero</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>sähköpostiosoite</translation>
    </message>
    <message>
        <source>a bank account number</source>
        <translation>pankkitilin numero</translation>
    </message>
    <message>
        <source>a payment card number</source>
        <translation>maksukortin numero</translation>
    </message>
    <message>
        <source>a business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>The note seems to hold %1. Trainees and quality managers read notes: write what to notice in the call, not who called.</source>
        <translation>Muistiinpanossa näyttää olevan %1. Koulutettavat ja laatupäälliköt lukevat muistiinpanoja: kirjoita, mitä puhelussa kannattaa huomata, älä sitä, kuka soitti.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The recording of call %1 lasts %2 ms; a tag cannot end after it (%3 ms).</source>
        <translation>Puhelun %1 tallenne kestää %2 ms; merkintä ei voi päättyä sen jälkeen (%3 ms).</translation>
    </message>
    <message>
        <source>Call %1 has no recording: a tag marks a range of a recording.</source>
        <translation>Puhelulla %1 ei ole tallennetta: merkintä rajaa kohdan tallenteesta.</translation>
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
    <message>
        <source>The key slot of %1 was changed by another session meanwhile; the password was not changed. Try again.</source>
        <translation>Toinen istunto muutti käyttäjän %1 avainpaikkaa sillä välin; salasanaa ei vaihdettu. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>The register does not know the key slot identity of %1.</source>
        <translation>Rekisteri ei tunne käyttäjän %1 avainpaikan identiteettiä.</translation>
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
    <message>
        <source>keyslots.json was altered: it says the register is not bound to a workstation (binding.enabled is false), but the key slot of %1 is bound. Restore keyslots.json from a backup; &apos;tallenne-admin verify&apos; lists what else differs.</source>
        <translation>keyslots.json-tiedostoa on muutettu: sen mukaan rekisteriä ei ole sidottu työasemaan (binding.enabled on false), mutta käyttäjän %1 avainpaikka on sidottu. Palauta keyslots.json varmuuskopiosta; &apos;tallenne-admin verify&apos; luettelee, mikä muu poikkeaa.</translation>
    </message>
</context>
<context>
    <name>WavHeader</name>
    <message>
        <source>the WAV data chunk comes before its format</source>
        <translation>WAV-tiedoston data-lohko on ennen fmt-lohkoa</translation>
    </message>
    <message>
        <source>the WAV format chunk is cut short</source>
        <translation>WAV-tiedoston fmt-lohko on katkennut</translation>
    </message>
    <message>
        <source>a WAV chunk before the audio has no size</source>
        <translation>WAV-tiedostossa on äänidatan edellä lohko, jolla ei ole kokoa</translation>
    </message>
    <message>
        <source>the WAV file has no data chunk</source>
        <translation>WAV-tiedostossa ei ole data-lohkoa</translation>
    </message>
    <message>
        <source>the WAV file has no format chunk</source>
        <translation>WAV-tiedostossa ei ole fmt-lohkoa</translation>
    </message>
</context>
<context>
    <name>WaveformAnalyzer</name>
    <message>
        <source>The recording is empty.</source>
        <translation>Tallenne on tyhjä.</translation>
    </message>
    <message>
        <source>no audio found</source>
        <translation>ääntä ei löytynyt</translation>
    </message>
</context>
<context>
    <name>WaveformPeakCache</name>
    <message>
        <source>Unable to read cached waveform peaks: %1</source>
        <translation>Aaltomuodon huippuarvoja ei voitu lukea välimuistista: %1</translation>
    </message>
    <message>
        <source>Unable to cache the waveform peaks: %1</source>
        <translation>Aaltomuodon huippuarvoja ei voitu tallentaa välimuistiin: %1</translation>
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
    <name>tallenne::AdminPanel</name>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <source>identifiers</source>
        <translation>tunnistetiedot</translation>
    </message>
    <message>
        <source>lookup</source>
        <translation>haku</translation>
    </message>
    <message>
        <source>recordings</source>
        <translation>tallenteet</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Avaimet</translation>
    </message>
    <message>
        <source>%1 (waiting)</source>
        <translation>%1 (odottaa)</translation>
    </message>
    <message>
        <source>A waiting key reaches this user when someone who holds it next logs in.</source>
        <translation>Odottava avain tulee tälle käyttäjälle, kun joku sen haltija seuraavan kerran kirjautuu.</translation>
    </message>
    <message>
        <source>register only</source>
        <translation>vain rekisteri</translation>
    </message>
    <message>
        <source>You hold keys your roles do not carry (identifiers, lookup, recordings). A privacy officer holds them now: hand yours over.</source>
        <translation>Sinulla on avaimia, joita roolisi eivät edellytä (tunnistetiedot, haku, tallenteet). Tietosuoja-asiantuntijalla on ne nyt: luovuta omasi.</translation>
    </message>
    <message>
        <source>You hold every key until a privacy officer does. Add one; then hand your keys over here.</source>
        <translation>Sinulla on kaikki avaimet, kunnes tietosuoja-asiantuntijalla on ne. Lisää tietosuoja-asiantuntija ja luovuta avaimesi sitten täällä.</translation>
    </message>
    <message>
        <source>Hand over keys</source>
        <translation>Avainten luovutus</translation>
    </message>
    <message>
        <source>Give up your copies of the identifier, lookup and recordings keys? Each is rotated: you will no longer open phone numbers, names, transcripts or recordings, and the copies you held open nothing sealed from now on.</source>
        <translation>Luovutetaanko kopiosi tunnistetieto-, haku- ja tallenneavaimista? Kukin avain vaihdetaan uuteen: et enää avaa puhelinnumeroita, nimiä, keskustelujen tekstejä etkä tallenteita, eivätkä hallussasi olleet kopiot avaa mitään tästä eteenpäin sinetöityä.</translation>
    </message>
    <message>
        <source>Handed over. You now hold the register key only.</source>
        <translation>Avaimet luovutettu. Sinulla on nyt vain rekisteriavain.</translation>
    </message>
    <message>
        <source>Hand over &amp;keys…</source>
        <translation>&amp;Luovuta avaimet…</translation>
    </message>
    <message>
        <source>&amp;Users and roles</source>
        <translation>Käyttäjät ja &amp;roolit</translation>
    </message>
    <message>
        <source>Register &amp;profile</source>
        <translation>Rekisteri&amp;profiili</translation>
    </message>
    <message>
        <source>The users of the register, their roles and the keys they hold. Select a user to change their roles or password or to remove them.</source>
        <translation>Rekisterin käyttäjät, heidän roolinsa ja heidän hallussaan olevat avaimet. Valitse käyttäjä muuttaaksesi hänen roolejaan tai salasanaansa tai poistaaksesi hänet.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Uusi käyttäjä…</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>&amp;Muuta rooleja…</translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation>&amp;Vaihda salasana…</translation>
    </message>
    <message>
        <source>Re&amp;move user…</source>
        <translation>Po&amp;ista käyttäjä…</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Käyttäjä %1 lisättiin (%2).</translation>
    </message>
    <message>
        <source>%1 now holds the identifier, lookup and recordings keys. Your roles do not carry them: hand your copies over below.</source>
        <translation>Käyttäjällä %1 on nyt tunnistetieto-, haku- ja tallenneavain. Roolisi eivät edellytä niitä: luovuta omat kopiosi alla.</translation>
    </message>
    <message>
        <source>Changed the roles of %1.</source>
        <translation>Käyttäjän %1 roolit muutettiin.</translation>
    </message>
    <message>
        <source>Changed the password of %1 and rotated the keys they hold and the register key.</source>
        <translation>Käyttäjän %1 salasana vaihdettiin, ja hänen hallussaan olevat avaimet sekä rekisteriavain vaihdettiin uusiin.</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Käyttäjän %1 salasana vaihdettiin.</translation>
    </message>
    <message>
        <source>Their new key slot waits for %1: it is sealed to them at the next login of a user who holds it.</source>
        <translation>Käyttäjän uusi avainpaikka odottaa avaimia (%1): ne sinetöidään hänelle, kun joku niiden haltija seuraavan kerran kirjautuu.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Poista käyttäjä</translation>
    </message>
    <message>
        <source>Remove %1? Their key slot is deleted and every key they held is rotated; they can no longer log in. Their audit entries stay.</source>
        <translation>Poistetaanko %1? Hänen avainpaikkansa poistetaan ja jokainen hänen hallussaan ollut avain vaihdetaan uuteen; hän ei voi enää kirjautua. Hänen lokimerkintänsä säilyvät.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>Käyttäjää %1 ei poistettu: %2</translation>
    </message>
    <message>
        <source>Removed %1 and deleted their key slot.</source>
        <translation>Käyttäjä %1 ja hänen avainpaikkansa poistettiin.</translation>
    </message>
</context>
<context>
    <name>tallenne::AudioEngine</name>
    <message>
        <source>The recording cannot be played: %1.</source>
        <translation>Tallennetta ei voi toistaa: %1.</translation>
    </message>
</context>
<context>
    <name>tallenne::AuditTrailModel</name>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
</context>
<context>
    <name>tallenne::AuditTrailPanel</name>
    <message>
        <source>consistent</source>
        <translation>yhtäpitävä</translation>
    </message>
    <message>
        <source>contradicts the trail</source>
        <translation>on ristiriidassa lokin kanssa</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ei tarkistettu</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Kä&amp;yttäjä:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Toi&amp;minto:</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>Ko&amp;hde:</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Alkupäivä</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Loppupäivä</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <source>login name</source>
        <translation>käyttäjätunnus</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Suodata</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>Tyhj&amp;ennä</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Vie CSV-tiedostoon…</translation>
    </message>
    <message>
        <source>Ve&amp;rify again</source>
        <translation>Tarkista &amp;uudelleen</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Tarkastuslokin merkinnät</translation>
    </message>
    <message>
        <source>You see the entries you wrote yourself: a privacy officer reads the audit trail of their own work. The whole trail and its verification are for administrators.</source>
        <translation>Näet vain omat merkintäsi: tietosuoja-asiantuntija lukee tarkastuslokia oman työnsä osalta. Koko loki ja sen eheyden tarkistus kuuluvat pääkäyttäjille.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln merkintä</numerusform>
            <numerusform>%Ln merkintää</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1 is not in the audit trail.</source>
        <translation>Merkintää %1 ei ole tarkastuslokissa.</translation>
    </message>
    <message>
        <source>The audit trail has not been verified yet.</source>
        <translation>Tarkastuslokin eheyttä ei ole vielä tarkistettu.</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Tarkistetaan tarkastuslokin eheyttä…</translation>
    </message>
    <message>
        <source>The audit trail could not be verified: %1</source>
        <translation>Tarkastuslokin eheyttä ei voitu tarkistaa: %1</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1.</source>
        <translation>Tarkastusloki on eheä: %1.</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1: %2</source>
        <translation>Tarkastusloki ei ole eheä merkinnästä %1 alkaen: %2</translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation>Tarkastusloki ei ole eheä: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln problem(s) in all)</source>
        <translation>
            <numerusform>(yhteensä %Ln ongelma)</numerusform>
            <numerusform>(yhteensä %Ln ongelmaa)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to entry %1</source>
        <translation>S&amp;iirry merkintään %1</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>Todistajat:</translation>
    </message>
    <message>
        <source>Only the anchor in keyslots.json could be checked: a cut tail or a rolled-back register would not show. Keep a signed head (tallenne-admin audit head) and check against it.</source>
        <translation>Vain keyslots.json-tiedoston ankkuri voitiin tarkistaa: lokin katkaistu loppuosa tai aiempaan tilaan palautettu rekisteri ei näkyisi. Säilytä lokin allekirjoitettu pää (tallenne-admin audit head) ja tarkista loki sitä vasten.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Vie tarkastusloki</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to %1.</source>
        <translation>
            <numerusform>Vietiin %Ln merkintä tiedostoon %1.</numerusform>
            <numerusform>Vietiin %Ln merkintää tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. login or purge</source>
        <translation>esim. login tai purge</translation>
    </message>
    <message>
        <source>Any part of the action&apos;s code, such as purge for retention.purge: the code of a row is its tooltip.</source>
        <translation>Mikä tahansa osa toiminnon koodista, esimerkiksi purge koodille retention.purge: rivin koodi näkyy sen työkaluvihjeessä.</translation>
    </message>
    <message>
        <source>e.g. call:42 (call 42) or call (all calls)</source>
        <translation>esim. call:42 (puhelu 42) tai call (kaikki puhelut)</translation>
    </message>
    <message>
        <source>Entry %1 was purged on the audit trail&apos;s retention period: the trail now starts at entry %2, after a signed checkpoint.</source>
        <translation>Merkintä %1 poistettiin tarkastuslokin säilytysajan päätyttyä: loki alkaa nyt allekirjoitetun tarkistuspisteen jälkeen merkinnästä %2.</translation>
    </message>
</context>
<context>
    <name>tallenne::CalibrationPanel</name>
    <message>
        <source>Call %1</source>
        <translation>Puhelu %1</translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation>Chat-keskustelu %1</translation>
    </message>
    <message>
        <source>No calibrations yet. Start one with New calibration.</source>
        <translation>Kalibrointeja ei vielä ole. Aloita sellainen painikkeella Uusi kalibrointi.</translation>
    </message>
    <message>
        <source>No calibrations yet. Quality managers start them.</source>
        <translation>Kalibrointeja ei vielä ole. Laatupäälliköt aloittavat niitä.</translation>
    </message>
    <message>
        <source>Ca&amp;librations:</source>
        <translation>&amp;Kalibroinnit:</translation>
    </message>
    <message>
        <source>Ne&amp;w calibration…</source>
        <translation>&amp;Uusi kalibrointi…</translation>
    </message>
    <message>
        <source>&amp;Score it</source>
        <translation>&amp;Arvioi</translation>
    </message>
    <message>
        <source>Opens your own evaluation in the selected calibration on the Evaluate tab (also Enter or a double click).</source>
        <translation>Avaa oman arviointisi valitussa kalibroinnissa Arvioi-välilehdelle (myös Enter tai kaksoisnapsautus).</translation>
    </message>
    <message>
        <source>Closes the calibration once two reviewers or more have submitted: no more answers, and everyone sees them.</source>
        <translation>Sulkee kalibroinnin, kun vähintään kaksi arvioijaa on lähettänyt arviointinsa: vastauksia ei voi enää antaa, ja kaikki näkevät ne.</translation>
    </message>
    <message>
        <source>In scorecard o&amp;rder (else the widest spread first)</source>
        <translation>Arviointilomakkeen &amp;järjestyksessä (muuten suurin hajonta ensin)</translation>
    </message>
    <message>
        <source>Call or chat</source>
        <translation>Puhelu tai chat</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Arviointilomake</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Aloittaja</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Calibrations</source>
        <translation>Kalibroinnit</translation>
    </message>
    <message>
        <source>Points per criterion and reviewer</source>
        <translation>Pisteet arviointikohdittain ja arvioijittain</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versio %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>suljettu %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>avoin</translation>
    </message>
    <message>
        <source>Select a calibration to see who has scored it and, once it is closed, where the reviewers differ.</source>
        <translation>Valitse kalibrointi nähdäksesi, ketkä ovat arvioineet sen, ja kun se on suljettu, missä arvioijat eroavat toisistaan.</translation>
    </message>
    <message numerus="yes">
        <source>Open, %n submitted</source>
        <translation>
            <numerusform>Avoin, %n lähettänyt</numerusform>
            <numerusform>Avoin, %n lähettänyt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) still scoring.</source>
        <translation>
            <numerusform>%n arvioija arvioi vielä.</numerusform>
            <numerusform>%n arvioijaa arvioi vielä.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers are shown to everyone when the calibration is closed.</source>
        <translation>Vastaukset näytetään kaikille, kun kalibrointi suljetaan.</translation>
    </message>
    <message numerus="yes">
        <source>Closed by %1 on %2, %n submitted.</source>
        <translation>
            <numerusform>Sulkenut %1 %2, %n lähettänyt.</numerusform>
            <numerusform>Sulkenut %1 %2, %n lähettänyt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Arviointikohta</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Hajonta</translation>
    </message>
    <message>
        <source>Largest minus smallest share of the criterion&apos;s points, in percentage points: 0 is full agreement, 100 the widest difference.</source>
        <translation>Suurin miinus pienin osuus kohdan pisteistä prosenttiyksikköinä: 0 on täysi yksimielisyys, 100 suurin mahdollinen ero.</translation>
    </message>
    <message>
        <source>N/A mixed</source>
        <translation>osin ei sovellu</translation>
    </message>
    <message>
        <source>%1, N/A mixed</source>
        <translation>%1, osin ei sovellu</translation>
    </message>
    <message>
        <source>Some reviewers found this criterion not applicable and others answered it.</source>
        <translation>Osa arvioijista katsoi, ettei kohta sovellu, ja osa vastasi siihen.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Ei sovellu</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Total scores: %1.</source>
        <translation>Tulokset: %1.</translation>
    </message>
    <message>
        <source>They lie %1 percentage points apart.</source>
        <translation>Ne eroavat toisistaan %1 prosenttiyksikköä.</translation>
    </message>
    <message>
        <source>Calibration of %1 started.</source>
        <translation>Kalibrointi aloitettu: %1.</translation>
    </message>
    <message>
        <source>Calibration closed: the answers are shown below.</source>
        <translation>Kalibrointi suljettu: vastaukset näkyvät alla.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Calibration %1: %2 on the scorecard &quot;%3&quot; (version %4).</source>
        <translation>Kalibrointi %1: %2 arviointilomakkeella ”%3” (versio %4).</translation>
    </message>
    <message>
        <source>It can be closed once two reviewers have submitted; then the answers are shown to everyone.</source>
        <translation>Sen voi sulkea, kun kaksi arvioijaa on lähettänyt arviointinsa; silloin vastaukset näytetään kaikille.</translation>
    </message>
    <message>
        <source>&amp;Close calibration…</source>
        <translation>&amp;Sulje kalibrointi…</translation>
    </message>
    <message>
        <source>%1 of %2 reviewers</source>
        <translation>%1/%2 arvioijaa</translation>
    </message>
    <message>
        <source>Close the calibration</source>
        <translation>Kalibroinnin sulkeminen</translation>
    </message>
    <message>
        <source>Close calibration %1? Every reviewer&apos;s answers are shown to all, and no one can answer or change them any more. This cannot be undone.</source>
        <translation>Suljetaanko kalibrointi %1? Kaikkien arvioijien vastaukset näytetään kaikille, eikä kukaan voi enää vastata tai muuttaa niitä. Sulkemista ei voi perua.</translation>
    </message>
</context>
<context>
    <name>tallenne::CallListModel</name>
    <message>
        <source>Processing of this record is restricted (GDPR art. 18).</source>
        <translation>Tämän tietueen käsittelyä on rajoitettu (tietosuoja-asetuksen 18 artikla).</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Saapuva</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Lähtevä</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Sisäinen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Soittaja</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Palvelunumero</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Tallenne</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>Leg %1 of %2 of a call that was transferred or forwarded</source>
        <translation>Osuus %1/%2 siirretystä tai edelleenohjatusta puhelusta</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Osuus</translation>
    </message>
</context>
<context>
    <name>tallenne::CallsPanel</name>
    <message>
        <source>Any</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Saapuva</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Lähtevä</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Sisäinen</translation>
    </message>
    <message>
        <source>With recording</source>
        <translation>Tallenne olemassa</translation>
    </message>
    <message>
        <source>Without recording</source>
        <translation>Ei tallennetta</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Merkitty</translation>
    </message>
    <message>
        <source>Not tagged</source>
        <translation>Merkitsemätön</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Arvioitu</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Arvioimaton</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ei rajaa</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567</source>
        <translation>esim. 040 123 4567</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Puhelu %1</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Alkamisaika</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Soittaja</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Palvelunumero</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Tallenne</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Processing of this record is restricted (GDPR art. 18).</source>
        <translation>Tämän tietueen käsittelyä on rajoitettu (tietosuoja-asetuksen 18 artikla).</translation>
    </message>
    <message>
        <source>Chats of the same person</source>
        <translation>Saman henkilön chat-keskustelut</translation>
    </message>
    <message>
        <source>Leg %1 of %2 of a transferred call</source>
        <translation>Osuus %1/%2 siirretystä puhelusta</translation>
    </message>
    <message>
        <source>%1, %2, %3 s, recording: %4</source>
        <translation>%1, %2, %3 s, tallenne: %4</translation>
    </message>
    <message>
        <source>no agent</source>
        <translation>ei asiakaspalvelijaa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Toista</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) match</source>
        <translation>
            <numerusform>%Ln puhelu vastaa hakua</numerusform>
            <numerusform>%Ln puhelua vastaa hakua</numerusform>
        </translation>
    </message>
    <message>
        <source>No calls match the filter. Widen the dates or press Reset to see all calls.</source>
        <translation>Yksikään puhelu ei vastaa rajausta. Laajenna päivämääriä tai paina Tyhjennä nähdäksesi kaikki puhelut.</translation>
    </message>
    <message>
        <source>No calls yet. An administrator imports Asterisk call records with File → Import Asterisk calls, or tallenne-admin import asterisk.</source>
        <translation>Puheluita ei vielä ole. Pääkäyttäjä tuo Asteriskin puhelutiedot valikosta Tiedosto → Tuo Asteriskin puhelut tai komennolla tallenne-admin import asterisk.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln sekunti</numerusform>
            <numerusform>%Ln sekuntia</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the recording in the player</source>
        <translation>Avaa tallenne soittimeen</translation>
    </message>
    <message>
        <source>(Enter or Space in the list)</source>
        <translation>(Enter tai välilyönti luettelossa)</translation>
    </message>
    <message>
        <source>Dates below</source>
        <translation>Päivämäärät alla</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Milloin tahansa</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Eilen</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Viimeiset 7 päivää</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tämä kuukausi</translation>
    </message>
    <message>
        <source>Choose a filter</source>
        <translation>Valitse suodatin</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Tallenna suodatin</translation>
    </message>
    <message>
        <source>Name of the filter (the phone number is not saved):</source>
        <translation>Suodattimen nimi (puhelinnumeroa ei tallenneta):</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Puheaika</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Arvioi</translation>
    </message>
    <message>
        <source>Evaluate the selected call on a scorecard, beside its player (Quality)</source>
        <translation>Arvioi valittu puhelu arviointilomakkeella soittimen vieressä (Laatu)</translation>
    </message>
    <message>
        <source>At least %1 calls match; counting…</source>
        <translation>Vähintään %1 puhelua vastaa hakua; lasketaan…</translation>
    </message>
    <message>
        <source>Go to call</source>
        <translation>Siirry puheluun</translation>
    </message>
    <message>
        <source>Call number (as the player, a note or &apos;tallenne-admin&apos; names it):</source>
        <translation>Puhelun numero (jolla soitin, ilmoitus tai &apos;tallenne-admin&apos; sen nimeää):</translation>
    </message>
    <message>
        <source>There is no call %1 among the calls you can see.</source>
        <translation>Puhelua %1 ei ole niiden puheluiden joukossa, jotka voit nähdä.</translation>
    </message>
</context>
<context>
    <name>tallenne::ChatsPanel</name>
    <message>
        <source>a word or words, e.g. päätös</source>
        <translation>sana tai sanoja, esim. päätös</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>Löytyi %Ln viesti</numerusform>
            <numerusform>Löytyi %Ln viestiä</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Botti</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Järjestelmä</translation>
    </message>
    <message>
        <source>No chats yet. An administrator imports chat transcripts with File → Import chats, or tallenne-admin import chats.</source>
        <translation>Chat-keskusteluja ei vielä ole. Pääkäyttäjä tuo keskustelutekstit valikosta Tiedosto → Tuo chat-keskustelut tai komennolla tallenne-admin import chats.</translation>
    </message>
    <message>
        <source>No chat contains these words. Try fewer words, or press Latest chats to see the newest.</source>
        <translation>Yhdessäkään keskustelussa ei ole näitä sanoja. Kokeile vähemmillä sanoilla tai paina Viimeisimmät keskustelut nähdäksesi uusimmat.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Type a word to search for: letters or digits. Latest chats shows the newest chats.</source>
        <translation>Kirjoita haettava sana: kirjaimia tai numeroita. Viimeisimmät keskustelut näyttää uusimmat keskustelut.</translation>
    </message>
    <message>
        <source>No chat within the filter contains these words. Try fewer words or widen the filter.</source>
        <translation>Mikään suodattimen rajaama keskustelu ei sisällä näitä sanoja. Kokeile vähemmillä sanoilla tai väljennä suodatinta.</translation>
    </message>
    <message>
        <source>No chat matches the filter. Widen the dates or choose Any.</source>
        <translation>Mikään keskustelu ei vastaa suodatinta. Väljennä päivämääriä tai valitse Kaikki.</translation>
    </message>
    <message>
        <source>Type at least one word to search for (letters or digits).</source>
        <translation>Kirjoita ainakin yksi haettava sana (kirjaimia tai numeroita).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found, %1 shown: scroll down for more</source>
        <translation>
            <numerusform>Löytyi %Ln viesti, %1 näytetään: vieritä alas nähdäksesi lisää</numerusform>
            <numerusform>Löytyi %Ln viestiä, %1 näytetään: vieritä alas nähdäksesi lisää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s), the latest %1 shown: scroll down for more</source>
        <translation>
            <numerusform>%Ln keskustelu, viimeisimmät %1 näytetään: vieritä alas nähdäksesi lisää</numerusform>
            <numerusform>%Ln keskustelua, viimeisimmät %1 näytetään: vieritä alas nähdäksesi lisää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s)</source>
        <translation>
            <numerusform>%Ln keskustelu</numerusform>
            <numerusform>%Ln keskustelua</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Asiakaspalvelija:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei ketään</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Asiointikanava:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Alkoi:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Päättyi:</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>A&amp;rvioi</translation>
    </message>
    <message>
        <source>Evaluate this chat on a scorecard, beside its transcript (Quality)</source>
        <translation>Arvioi tämä chat-keskustelu arviointilomakkeella keskustelutekstin vieressä (Laatu)</translation>
    </message>
    <message>
        <source>%1 messages shown, the newest first; counting them all…</source>
        <translation>%1 viestiä näytetty, uusimmat ensin; lasketaan kaikkia…</translation>
    </message>
</context>
<context>
    <name>tallenne::EvaluationForm</name>
    <message>
        <source>Open the recording first: the pin takes the player&apos;s position.</source>
        <translation>Avaa ensin tallenne: kiinnitys ottaa soittimen kohdan.</translation>
    </message>
    <message>
        <source>Select a message in the transcript first.</source>
        <translation>Valitse ensin viesti keskustelutekstistä.</translation>
    </message>
    <message>
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message>
        <source>Play from the pinned moment</source>
        <translation>Toista kiinnitetystä kohdasta</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Viesti %1</translation>
    </message>
    <message>
        <source>Show the pinned message in the transcript</source>
        <translation>Näytä kiinnitetty viesti keskustelutekstissä</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <translation>%1 (kriittinen kohta)</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>Paino %1</translation>
    </message>
    <message>
        <source>critical: its lowest answer makes the score 0</source>
        <translation>kriittinen: sen heikoin vastaus tekee tulokseksi 0</translation>
    </message>
    <message>
        <source>comment needed on a failing answer</source>
        <translation>hylkäävä vastaus tarvitsee kommentin</translation>
    </message>
    <message>
        <source>comment always needed</source>
        <translation>kommentti tarvitaan aina</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Ei sovellu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Comment (required):</source>
        <translation>Kommentti (pakollinen):</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentti:</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Kommentti kohtaan %1</translation>
    </message>
    <message>
        <source>Pin to current time</source>
        <translation>Kiinnitä nykyiseen kohtaan</translation>
    </message>
    <message>
        <source>Pin to selected message</source>
        <translation>Kiinnitä valittuun viestiin</translation>
    </message>
    <message>
        <source>Ties the comment to the player&apos;s position</source>
        <translation>Liittää kommentin soittimen nykyiseen kohtaan</translation>
    </message>
    <message>
        <source>Ties the comment to the message selected in the transcript</source>
        <translation>Liittää kommentin keskustelutekstistä valittuun viestiin</translation>
    </message>
    <message>
        <source>Remove the pin</source>
        <translation>Poista kiinnitys</translation>
    </message>
</context>
<context>
    <name>tallenne::EvaluationPanel</name>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Luettelo:</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Yhteydenotto</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Arviointilomake</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Arvioija</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Choose an evaluation on the left, or select a call or a chat in Calls or Chats and press Evaluate.</source>
        <translation>Valitse arviointi vasemmalta, tai valitse puhelu tai chat-keskustelu kohdassa Puhelut tai Chatit ja paina Arvioi.</translation>
    </message>
    <message>
        <source>Choose an evaluation on the left to read it.</source>
        <translation>Valitse luettava arviointi vasemmalta.</translation>
    </message>
    <message>
        <source>Scor&amp;ecard:</source>
        <translation>&amp;Arviointilomake:</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>Alo&amp;ita</translation>
    </message>
    <message>
        <source>Opens your draft on the scorecard, or starts one</source>
        <translation>Avaa luonnoksesi tällä arviointilomakkeella tai aloittaa uuden</translation>
    </message>
    <message>
        <source>Earlier revisions:</source>
        <translation>Aiemmat versiot:</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>Lä&amp;hetä</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>&amp;Korjaa…</translation>
    </message>
    <message>
        <source>Change the submitted evaluation, giving a reason</source>
        <translation>Muuta lähetettyä arviointia ja kerro syy</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Keskusteluteksti</translation>
    </message>
    <message>
        <source>Evaluation form</source>
        <translation>Arviointilomake</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Omat luonnokset</translation>
    </message>
    <message>
        <source>Submitted evaluations</source>
        <translation>Lähetetyt arvioinnit</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Submitted, revision %1</source>
        <translation>Lähetetty, versio %1</translation>
    </message>
    <message>
        <source>Submitted, critical failure</source>
        <translation>Lähetetty, kriittinen kohta ei täyttynyt</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>%1 (v%2)</source>
        <translation>%1 (v%2)</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Puhelu %1</translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation>Chat-keskustelu %1</translation>
    </message>
    <message>
        <source>Your change to the evaluation of %1 was saved.</source>
        <translation>Muutoksesi kohteen %1 arviointiin tallennettiin.</translation>
    </message>
    <message>
        <source>Your change to the evaluation of %1 was not saved: %2</source>
        <translation>Muutostasi kohteen %1 arviointiin ei tallennettu: %2</translation>
    </message>
    <message>
        <source>Your draft of %1 was saved before the next one opened.</source>
        <translation>Luonnoksesi (%1) tallennettiin ennen seuraavan avaamista.</translation>
    </message>
    <message>
        <source>Your draft of %1 could not be saved: %2</source>
        <translation>Luonnostasi (%1) ei voitu tallentaa: %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>no agent</source>
        <translation>ei asiakaspalvelijaa</translation>
    </message>
    <message>
        <source>Revision %1: %2, changed by %3 on %4 — %5</source>
        <translation>Versio %1: %2, muuttanut %3 %4 — %5</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Botti</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Järjestelmä</translation>
    </message>
    <message>
        <source>Choose a scorecard and press Start.</source>
        <translation>Valitse arviointilomake ja paina Aloita.</translation>
    </message>
    <message>
        <source>Changing revision %1 — pass mark %2 %</source>
        <translation>Muutetaan versiota %1 — hyväksymisraja %2 %</translation>
    </message>
    <message>
        <source>Draft — pass mark %1 %</source>
        <translation>Luonnos — hyväksymisraja %1 %</translation>
    </message>
    <message>
        <source>Submitted by %1 (revision %2) — pass mark %3 %</source>
        <translation>Lähettänyt %1 (versio %2) — hyväksymisraja %3 %</translation>
    </message>
    <message>
        <source>Save &amp;revision</source>
        <translation>Tallenna muuto&amp;s</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Tallenna luonno&amp;s</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation>Tallennettu versioksi %1.</translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation>Luonnos tallennettu klo %1.</translation>
    </message>
    <message>
        <source>Submitted: %1.</source>
        <translation>Lähetetty: %1.</translation>
    </message>
    <message>
        <source>Change the answers, then press Save revision: the earlier revision is kept with your reason.</source>
        <translation>Muuta vastauksia ja paina sitten Tallenna muutos: aiempi versio säilyy syyn kanssa.</translation>
    </message>
    <message>
        <source>Calibration %1, your draft: the other reviewers do not see your answers until it is closed — pass mark %2 %</source>
        <translation>Kalibrointi %1, luonnoksesi: muut arvioijat eivät näe vastauksiasi ennen kuin kalibrointi suljetaan — hyväksymisraja %2 %</translation>
    </message>
    <message>
        <source>Calibration %1, submitted by %2 — pass mark %3 %</source>
        <translation>Kalibrointi %1, lähettänyt %2 — hyväksymisraja %3 %</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Luonnoksen poisto</translation>
    </message>
    <message>
        <source>Delete your draft of %1 and its answers? This cannot be undone.</source>
        <translation>Poistetaanko luonnoksesi (%1) vastauksineen? Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Luonnos poistettiin.</translation>
    </message>
    <message>
        <source>D&amp;iscard…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Discards your draft: deletes it and its answers</source>
        <translation>Poistaa luonnoksesi ja sen vastaukset</translation>
    </message>
    <message>
        <source>Cancel c&amp;hange</source>
        <translation>&amp;Peru muutos</translation>
    </message>
    <message>
        <source>Leaves the submitted evaluation as it was</source>
        <translation>Jättää lähetetyn arvioinnin ennalleen</translation>
    </message>
    <message>
        <source>Your answers so far are saved in the draft.</source>
        <translation>Tähänastiset vastauksesi on tallennettu luonnokseen.</translation>
    </message>
    <message>
        <source>The change was cancelled: nothing was saved.</source>
        <translation>Muutos peruttiin: mitään ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>tallenne::HoldDialog</name>
    <message>
        <source>New legal hold</source>
        <translation>Uusi poistoesto</translation>
    </message>
    <message>
        <source>A call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>A chat</source>
        <translation>Chat-keskustelu</translation>
    </message>
    <message>
        <source>A data subject</source>
        <translation>Rekisteröity</translation>
    </message>
    <message>
        <source>A phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <source>Co&amp;vers:</source>
        <translation>&amp;Kohde:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Viimeinen päivä:</translation>
    </message>
    <message>
        <source>Ca&amp;se reference:</source>
        <translation>Asian v&amp;iite:</translation>
    </message>
    <message>
        <source>&amp;Place hold</source>
        <translation>&amp;Aseta poistoesto</translation>
    </message>
    <message>
        <source>At most %1 under the register profile.</source>
        <translation>Rekisteriprofiilin mukaan enintään %1.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numero:</translation>
    </message>
    <message>
        <source>&amp;Number (id):</source>
        <translation>&amp;Numero (tunniste):</translation>
    </message>
    <message>
        <source>+358 40 123 4567</source>
        <translation>+358 40 123 4567</translation>
    </message>
    <message>
        <source>The longest hold this register allows ends on %1. Choose that day or an earlier one.</source>
        <translation>Pisin tämän rekisterin sallima poistoesto päättyy %1. Valitse se päivä tai aiempi.</translation>
    </message>
    <message>
        <source>The last day cannot be in the past: choose %1 or a later day.</source>
        <translation>Viimeinen päivä ei voi olla mennyt päivä: valitse %1 tai myöhempi päivä.</translation>
    </message>
</context>
<context>
    <name>tallenne::HoldsPanel</name>
    <message>
        <source>Hold</source>
        <translation>Poistoesto</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Asettaja</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Poistoestot</translation>
    </message>
    <message>
        <source>Show &amp;released holds</source>
        <translation>Näytä &amp;myös päätetyt</translation>
    </message>
    <message>
        <source>&amp;Place hold…</source>
        <translation>&amp;Uusi poistoesto…</translation>
    </message>
    <message>
        <source>Rel&amp;ease…</source>
        <translation>&amp;Päätä…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>päättyi %1</translation>
    </message>
    <message>
        <source>released by %1, %2</source>
        <translation>päättänyt %1, %2</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>voimassa</translation>
    </message>
    <message>
        <source>ended, lifted at the next purge</source>
        <translation>päättynyt, puretaan seuraavassa poistossa</translation>
    </message>
    <message>
        <source>No legal holds in force.</source>
        <translation>Voimassa olevia poistoestoja ei ole.</translation>
    </message>
    <message>
        <source>The register profile allows no legal holds.</source>
        <translation>Rekisteriprofiili ei salli poistoestoja.</translation>
    </message>
    <message>
        <source>No register profile has been set: it names the reasons a legal hold may be placed for.</source>
        <translation>Rekisteriprofiilia ei ole asetettu: siinä nimetään syyt, joiden vuoksi poistoesto voidaan asettaa.</translation>
    </message>
    <message>
        <source>Legal hold %1 placed.</source>
        <translation>Poistoesto %1 asetettu.</translation>
    </message>
    <message>
        <source>Release legal hold %1</source>
        <translation>Päätä poistoesto %1</translation>
    </message>
    <message>
        <source>Legal hold %1 released.</source>
        <translation>Poistoesto %1 päätetty.</translation>
    </message>
    <message>
        <source>Legal hold %1 covers %2 (case %3, %4), last day %5.</source>
        <translation>Poistoesto %1 koskee kohdetta %2 (asian viite %3, %4), viimeinen päivä %5.</translation>
    </message>
    <message>
        <source>Why is the hold released (optional; kept with the hold and in the audit trail):</source>
        <translation>Miksi poistoesto päätetään (valinnainen; tallennetaan poistoeston tietoihin ja tarkastuslokiin):</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Päätä</translation>
    </message>
</context>
<context>
    <name>tallenne::ImportDialog</name>
    <message>
        <source>Refused</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Tallenne</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Rekisteröity</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Jo rekisterissä</translation>
    </message>
    <message>
        <source>Asterisk call records (Master.csv)</source>
        <translation>Asteriskin puhelutiedot (Master.csv)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-tiedostot (*.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Chats (JSON Lines)</source>
        <translation>Chat-keskustelut (JSON Lines)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Folder of the recordings</source>
        <translation>Tallenteiden kansio</translation>
    </message>
    <message>
        <source>Stopping after this row…</source>
        <translation>Pysäytetään tämän rivin jälkeen…</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Tallenna tuontiraportti</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstitiedostot (*.txt)</translation>
    </message>
    <message>
        <source>Import Asterisk calls</source>
        <translation>Tuo Asteriskin puhelut</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Tuo chat-keskustelut</translation>
    </message>
    <message>
        <source>Asterisk&apos;s cdr_csv file (Master.csv, or an account&apos;s file) and, if you have them, the folder of the recordings (MixMonitor&apos;s monitor folder; subfolders are searched). Rows already in the register are skipped, so the same file can be imported again as it grows.</source>
        <translation>Asteriskin cdr_csv-tiedosto (Master.csv tai tilikohtainen tiedosto) ja, jos tallenteita on, tallenteiden kansio (MixMonitorin monitor-kansio; myös alikansiot käydään läpi). Rekisterissä jo olevat rivit ohitetaan, joten saman tiedoston voi tuoda uudelleen, kun siihen on kertynyt uusia rivejä.</translation>
    </message>
    <message>
        <source>A chats file in JSON Lines, one chat per line (docs/import-formats.md). Chats already in the register are skipped.</source>
        <translation>JSON Lines -muotoinen chat-tiedosto, jossa on yksi chat-keskustelu riviä kohden (docs/import-formats.md). Rekisterissä jo olevat chat-keskustelut ohitetaan.</translation>
    </message>
    <message>
        <source>Tell from each row (automatic)</source>
        <translation>Päättele jokaisesta rivistä (automaattinen)</translation>
    </message>
    <message>
        <source>%1 columns: %2</source>
        <translation>%1 saraketta: %2</translation>
    </message>
    <message>
        <source>As in the register profile (FI unless set)</source>
        <translation>Kuten rekisteriprofiilissa (FI, ellei muuta ole asetettu)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Tiedostoa %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Kansiota %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time zone; choose one such as Europe/Helsinki.</source>
        <translation>&apos;%1&apos; ei ole aikavyöhyke; valitse esimerkiksi Europe/Helsinki.</translation>
    </message>
    <message>
        <source>The region is two letters, such as FI or SE.</source>
        <translation>Alueen tunnus on kaksi kirjainta, esimerkiksi FI tai SE.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Luetaan tiedostoa %1…</translation>
    </message>
    <message>
        <source>The import stopped: %1</source>
        <translation>Tuonti keskeytyi: %1</translation>
    </message>
    <message>
        <source>Nothing was written: the file had a bad row.</source>
        <translation>Mitään ei tallennettu: tiedostossa oli virheellinen rivi.</translation>
    </message>
    <message>
        <source>Stopped: the rows read until then are in the register; import the file again to continue (rows already there are skipped).</source>
        <translation>Pysäytetty: siihen asti luetut rivit ovat rekisterissä. Jatka tuomalla tiedosto uudelleen (rekisterissä jo olevat rivit ohitetaan).</translation>
    </message>
    <message>
        <source>Recordings: %1 attached (%2 with a repaired header), %3 attached to calls imported before, %4 still being written (import again later), %5 answered calls without a file, %6 unusable.</source>
        <translation>Tallenteet: liitetty %1 (joista korjatulla otsakkeella %2), liitetty aiemmin tuotuihin puheluihin %3, kirjoittaminen vielä kesken %4 (tuo uudelleen myöhemmin), vastattuja puheluita ilman tiedostoa %5, käyttökelvottomia %6.</translation>
    </message>
    <message>
        <source>Linked to data subjects: %1 (%2 new).</source>
        <translation>Linkitetty rekisteröityihin: %1 (uusia %2).</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Tiedostoa %1 ei voi tallentaa: %2</translation>
    </message>
    <message>
        <source>Rows read: %1. Imported: %2. Already in the register: %3. Refused: %4.</source>
        <translation>Rivejä luettu: %1. Tuotu: %2. Jo rekisterissä: %3. Hylätty: %4.</translation>
    </message>
    <message>
        <source>Layouts: %1.</source>
        <translation>Sarakeasettelut: %1.</translation>
    </message>
    <message>
        <source>The console is locking: stopping after this row…</source>
        <translation>Tallenne lukitaan: tuonti pysäytetään tämän rivin jälkeen…</translation>
    </message>
    <message>
        <source>Stopped by the lock: the rows read until then are in the register; after unlocking, import the file again to continue (rows already there are skipped).</source>
        <translation>Lukitus pysäytti tuonnin: siihen asti luetut rivit ovat rekisterissä. Jatka avaamalla lukitus ja tuomalla tiedosto uudelleen (rekisterissä jo olevat rivit ohitetaan).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), %1 per second</source>
        <translation>
            <numerusform>%Ln rivi, %1 riviä sekunnissa</numerusform>
            <numerusform>%Ln riviä, %1 riviä sekunnissa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 columns (%2): %Ln row(s)</source>
        <translation>
            <numerusform>%1 saraketta (%2): %Ln rivi</numerusform>
            <numerusform>%1 saraketta (%2): %Ln riviä</numerusform>
        </translation>
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
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Avaa lukitus</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>&amp;Vaihda käyttäjää</translation>
    </message>
    <message>
        <source>&amp;Quit Tallenne</source>
        <translation>&amp;Lopeta Tallenne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>tallenne::MainWindow</name>
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
        <translation>Tietoja Tallenne-ohjelmasta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tallenne %1&lt;/h3&gt;&lt;p&gt;The register of recorded calls and chat transcripts: browse, listen, review and answer people&apos;s requests about their data.&lt;/p&gt;&lt;p&gt;The register is encrypted with SQLCipher; each user&apos;s key slot is protected with Argon2id and XChaCha20-Poly1305 (libsodium).&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tallenne %1&lt;/h3&gt;&lt;p&gt;Tallennettujen puheluiden ja chat-keskustelujen rekisteri: selaa, kuuntele, arvioi ja vastaa henkilöiden omia tietojaan koskeviin pyyntöihin.&lt;/p&gt;&lt;p&gt;Rekisteri on salattu SQLCipher-salauksella; jokaisen käyttäjän avainpaikka on suojattu Argon2id- ja XChaCha20-Poly1305-menetelmillä (libsodium).&lt;/p&gt;&lt;p&gt;Toteutettu Qt %2 -kirjastolla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The import was stopped by the lock after %1 rows; those rows are in the register. Import the same file again to continue: the rows already there are skipped.</source>
        <translation>Lukitus pysäytti tuonnin %1 rivin jälkeen; nämä rivit ovat rekisterissä. Jatka tuomalla sama tiedosto uudelleen: rekisterissä jo olevat rivit ohitetaan.</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <source>The register&apos;s key was changed by an administrator (a user was removed or keys were rotated), so the console was locked. Your password opens it with the new key.</source>
        <translation>Ylläpitäjä vaihtoi rekisterin avaimen (käyttäjä poistettiin tai avaimet vaihdettiin), joten konsoli lukittiin. Salasanasi avaa sen uudella avaimella.</translation>
    </message>
    <message>
        <source>Tallenne — locked</source>
        <translation>Tallenne — lukittu</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Kirjauduttu ulos</translation>
    </message>
    <message>
        <source>Tallenne — logged out</source>
        <translation>Tallenne — kirjauduttu ulos</translation>
    </message>
    <message>
        <source>Purging data past its retention period: %1 of %2</source>
        <translation>Poistetaan säilytysajan ylittäneitä tietoja: %1/%2</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Hae henkilöä</translation>
    </message>
    <message>
        <source>The recordings cannot be listed: %1</source>
        <translation>Tallenteita ei voi luetella: %1</translation>
    </message>
    <message>
        <source>This register is not as it was left. Run &apos;tallenne-admin verify&apos; on this workstation to see everything that is wrong.</source>
        <translation>Tämä rekisteri ei ole sellainen kuin se jätettiin. Aja tällä työasemalla &apos;tallenne-admin verify&apos; nähdäksesi kaiken, mikä on vialla.</translation>
    </message>
    <message>
        <source>&apos;tallenne-admin verify --repair&apos; moves the files without a row to quarantine/ (nothing is deleted).</source>
        <translation>&apos;tallenne-admin verify --repair&apos; siirtää tiedostot ilman riviä kansioon quarantine/ (mitään ei poisteta).</translation>
    </message>
    <message>
        <source>A recording whose file is lost for good is settled with &apos;tallenne-admin verify --repair --record-lost&apos; (restore it from a backup first if one has it).</source>
        <translation>Tallenne, jonka tiedosto on lopullisesti kadonnut, selvitetään komennolla &apos;tallenne-admin verify --repair --record-lost&apos; (palauta se ensin varmuuskopiosta, jos se on tallessa siellä).</translation>
    </message>
    <message>
        <source>This register is not as it was left. Tell an administrator: they check it with &apos;tallenne-admin verify&apos;.</source>
        <translation>Tämä rekisteri ei ole sellainen kuin se jätettiin. Kerro ylläpitäjälle: hän tarkistaa sen komennolla &apos;tallenne-admin verify&apos;.</translation>
    </message>
    <message>
        <source>What is wrong with the register</source>
        <translation>Mikä rekisterissä on vialla</translation>
    </message>
    <message>
        <source>Tell an administrator what is listed here: they check the register with &apos;tallenne-admin verify&apos;.</source>
        <translation>Kerro tässä luetellut asiat ylläpitäjälle: hän tarkastaa rekisterin komennolla &apos;tallenne-admin verify&apos;.</translation>
    </message>
    <message>
        <source>You can go on working with what the register holds now.</source>
        <translation>Voit jatkaa työtä rekisterin nykyisillä tiedoilla.</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>Mikä on vialla?</translation>
    </message>
</context>
<context>
    <name>tallenne::NewCalibrationDialog</name>
    <message>
        <source>New calibration</source>
        <translation>Uusi kalibrointi</translation>
    </message>
    <message>
        <source>Reviewers score the same call or chat on the same scorecard without seeing each other&apos;s answers. When it is closed, the console shows where they differ.</source>
        <translation>Arvioijat arvioivat saman puhelun tai chat-keskustelun samalla arviointilomakkeella näkemättä toistensa vastauksia. Kun kalibrointi suljetaan, konsoli näyttää, missä he eroavat toisistaan.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat-keskustelu</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kohde:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numero:</translation>
    </message>
    <message>
        <source>S&amp;corecard:</source>
        <translation>&amp;Arviointilomake:</translation>
    </message>
    <message>
        <source>&amp;Start calibration</source>
        <translation>A&amp;loita kalibrointi</translation>
    </message>
    <message>
        <source>There is no scorecard to calibrate on: make one on the Scorecards tab first.</source>
        <translation>Kalibroinnissa käytettävää arviointilomaketta ei ole: laadi ensin lomake Arviointilomakkeet-välilehdellä.</translation>
    </message>
    <message>
        <source>as in &quot;Call 123&quot; in its details</source>
        <translation>kuten ”Puhelu 123” sen tiedoissa</translation>
    </message>
</context>
<context>
    <name>tallenne::NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Uusi pyyntö</translation>
    </message>
    <message>
        <source>Open a request for the person at the counter or for a request that came in. The person is looked up at once; you see what was found, and why, before anything is handed over.</source>
        <translation>Avaa pyyntö asiakaspalvelupisteessä asioivalle henkilölle tai saapuneelle pyynnölle. Henkilö haetaan heti; näet, mitä löytyi ja miksi, ennen kuin mitään luovutetaan.</translation>
    </message>
    <message>
        <source>The person &amp;asks for:</source>
        <translation>Henkilö &amp;pyytää:</translation>
    </message>
    <message>
        <source>&amp;Came in:</source>
        <translation>&amp;Saapui:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>&amp;Vastaanotettu:</translation>
    </message>
    <message>
        <source>&amp;Find the person by:</source>
        <translation>&amp;Hae henkilöä tiedolla:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>Arv&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Open request</source>
        <translation>Ava&amp;a pyyntö</translation>
    </message>
    <message>
        <source>e.g. 040 123 4567 or +358 40 123 4567</source>
        <translation>esim. 040 123 4567 tai +358 40 123 4567</translation>
    </message>
    <message>
        <source>e.g. maija.virtanen@example.com</source>
        <translation>esim. maija.virtanen@example.com</translation>
    </message>
    <message>
        <source>first and last name</source>
        <translation>etu- ja sukunimi</translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation>esim. 131052-308T</translation>
    </message>
    <message>
        <source>e.g. 1761337-2</source>
        <translation>esim. 1761337-2</translation>
    </message>
</context>
<context>
    <name>tallenne::NoticeViewer</name>
    <message>
        <source>Privacy notice in Finnish</source>
        <translation>Suomenkielinen tietosuojaseloste</translation>
    </message>
    <message>
        <source>Privacy notice in English</source>
        <translation>Englanninkielinen tietosuojaseloste</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Export the privacy notice as PDF</source>
        <translation>Vie tietosuojaseloste PDF-tiedostona</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Export the privacy notice as HTML</source>
        <translation>Vie tietosuojaseloste HTML-tiedostona</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Verkkosivut (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <source>Print the privacy notice</source>
        <translation>Tulosta tietosuojaseloste</translation>
    </message>
</context>
<context>
    <name>tallenne::PlayerPanel</name>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Your roles do not allow playing recordings.</source>
        <translation>Roolisi eivät salli tallenteiden toistamista.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Puhelu %1</translation>
    </message>
    <message>
        <source>No audio output device: playback is not possible on this machine. The waveform is still shown.</source>
        <translation>Äänentoistolaitetta ei löydy: tällä koneella ei voi toistaa tallenteita. Aaltomuoto näytetään silti.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Toista</translation>
    </message>
    <message>
        <source>No call open</source>
        <translation>Ei avointa puhelua</translation>
    </message>
    <message>
        <source>Select a range first: drag over the waveform, or press [ and ] at the playhead.</source>
        <translation>Valitse ensin jakso: vedä aaltomuodon yli tai paina [ ja ] toistokohdassa.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <source>The waveform cannot be drawn (%1); the recording still plays.</source>
        <translation>Aaltomuotoa ei voi piirtää (%1); tallenne toistetaan silti.</translation>
    </message>
    <message>
        <source>No audio output device: playback is not possible on this machine.</source>
        <translation>Äänentoistolaitetta ei löydy: tällä koneella ei voi toistaa tallenteita.</translation>
    </message>
    <message>
        <source>Select a range first to loop it: drag over the waveform, or press [ and ] at the playhead.</source>
        <translation>Valitse ensin toistettava jakso: vedä aaltomuodon yli tai paina [ ja ] toistokohdassa.</translation>
    </message>
    <message>
        <source>Tell an administrator: they check the register with &apos;tallenne-admin verify&apos;.</source>
        <translation>Kerro ylläpitäjälle: hän tarkistaa rekisterin komennolla &apos;tallenne-admin verify&apos;.</translation>
    </message>
    <message>
        <source>The recording of call %1 cannot be played.</source>
        <translation>Puhelun %1 tallennetta ei voi toistaa.</translation>
    </message>
</context>
<context>
    <name>tallenne::PlaylistPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(ei nimikettä)</translation>
    </message>
    <message>
        <source>Call %1, %2 – %3: %4%5</source>
        <translation>Puhelu %1, %2 – %3: %4%5</translation>
    </message>
    <message>
        <source>New playlist</source>
        <translation>Uusi kuuntelulista</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>The playlist has been played to the end.</source>
        <translation>Kuuntelulista on toistettu loppuun.</translation>
    </message>
    <message>
        <source>Clip %1 of %2</source>
        <translation>Leike %1/%2</translation>
    </message>
    <message>
        <source>Clip %1 of %2: %3</source>
        <translation>Leike %1/%2: %3</translation>
    </message>
    <message>
        <source>Rename playlist</source>
        <translation>Nimeä kuuntelulista uudelleen</translation>
    </message>
    <message>
        <source>Delete playlist</source>
        <translation>Poista kuuntelulista</translation>
    </message>
    <message>
        <source>Delete the playlist %1? Its tags stay in the tag list.</source>
        <translation>Poistetaanko kuuntelulista %1? Sen merkinnät jäävät merkintäluetteloon.</translation>
    </message>
    <message>
        <source>No playlists yet. Select a moment of a call in the player, tag it and add it to a new playlist; or press New.</source>
        <translation>Kuuntelulistoja ei vielä ole. Valitse soittimessa kohta puhelusta, merkitse se ja lisää uuteen kuuntelulistaan, tai paina Uusi.</translation>
    </message>
    <message>
        <source>No playlists yet. Trainers make them from tagged moments.</source>
        <translation>Kuuntelulistoja ei vielä ole. Kouluttajat kokoavat niitä merkityistä kohdista.</translation>
    </message>
    <message>
        <source>Choose a playlist.</source>
        <translation>Valitse kuuntelulista.</translation>
    </message>
    <message>
        <source>This playlist has no clips yet. Add tags to it from the tag list or when you tag a moment in the player.</source>
        <translation>Kuuntelulistalla ei vielä ole leikkeitä. Lisää siihen merkintöjä merkintäluettelosta tai kun merkitset kohdan soittimessa.</translation>
    </message>
    <message>
        <source>This playlist has no clips yet.</source>
        <translation>Kuuntelulistalla ei vielä ole leikkeitä.</translation>
    </message>
</context>
<context>
    <name>tallenne::ProfileEditor</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postiosoite</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Call recordings</source>
        <translation>Puhelujen tallenteet</translation>
    </message>
    <message>
        <source>Chat transcripts</source>
        <translation>Chat-keskustelut</translation>
    </message>
    <message>
        <source>Call details (time, duration, numbers)</source>
        <translation>Puhelujen tiedot (aika, kesto, numerot)</translation>
    </message>
    <message>
        <source>Usage statistics</source>
        <translation>Käyttötilastot</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Lakisääteinen velvoite</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Oikeutettu etu</translation>
    </message>
    <message>
        <source>Photo ID in person</source>
        <translation>Kuvallinen henkilöllisyystodistus paikan päällä</translation>
    </message>
    <message>
        <source>Strong electronic identification</source>
        <translation>Vahva sähköinen tunnistautuminen</translation>
    </message>
    <message>
        <source>Signed request</source>
        <translation>Allekirjoitettu pyyntö</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Postitse</translation>
    </message>
    <message>
        <source>Electronically</source>
        <translation>Sähköisesti</translation>
    </message>
    <message>
        <source>%1 (Finnish)</source>
        <translation>%1 (suomeksi)</translation>
    </message>
    <message>
        <source>%1 (English)</source>
        <translation>%1 (englanniksi)</translation>
    </message>
    <message>
        <source>no fixed period</source>
        <translation>ei kiinteää aikaa</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <source>Register name</source>
        <translation>Rekisterin nimi</translation>
    </message>
    <message>
        <source>The heading of the privacy notice, e.g. &quot;Customer service call register&quot;. One language may be left empty.</source>
        <translation>Tietosuojaselosteen otsikko, esimerkiksi &quot;Asiakaspalvelun puhelurekisteri&quot;. Toisen kielen voi jättää tyhjäksi.</translation>
    </message>
    <message>
        <source>Notice updated</source>
        <translation>Seloste päivitetty</translation>
    </message>
    <message>
        <source>The date the notice was last changed, as YYYY-MM-DD; the notice shows it.</source>
        <translation>Päivä, jona selostetta viimeksi muutettiin, muodossa VVVV-KK-PP; seloste näyttää sen.</translation>
    </message>
    <message>
        <source>Phone number region</source>
        <translation>Puhelinnumeroiden maa</translation>
    </message>
    <message>
        <source>Where phone numbers written without a country code are from: two capital letters such as FI or SE. Empty: FI.</source>
        <translation>Maa, josta ilman maatunnusta kirjoitetut puhelinnumerot ovat: kaksi isoa kirjainta, kuten FI tai SE. Tyhjä: FI.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Rekisterinpitäjä</translation>
    </message>
    <message>
        <source>Controller name</source>
        <translation>Rekisterinpitäjän nimi</translation>
    </message>
    <message>
        <source>The company or organisation responsible for the register.</source>
        <translation>Yritys tai organisaatio, joka vastaa rekisteristä.</translation>
    </message>
    <message>
        <source>The Finnish business ID, e.g. 1234567-1; the check digit is verified.</source>
        <translation>Suomalainen Y-tunnus, esimerkiksi 1234567-1; tarkistusnumero tarkistetaan.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>The controller&apos;s postal address.</source>
        <translation>Rekisterinpitäjän postiosoite.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>The controller&apos;s switchboard or customer service number.</source>
        <translation>Rekisterinpitäjän vaihteen tai asiakaspalvelun numero.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <source>The controller&apos;s general e-mail address.</source>
        <translation>Rekisterinpitäjän yleinen sähköpostiosoite.</translation>
    </message>
    <message>
        <source>Contact person for data protection</source>
        <translation>Tietosuoja-asioiden yhteyshenkilö</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Yhteyshenkilön nimi</translation>
    </message>
    <message>
        <source>Whom data subjects contact about their data: the data protection officer if you have one, or a privacy officer.</source>
        <translation>Kehen rekisteröidyt ottavat yhteyttä tiedoistaan: tietosuojavastaava, jos sellainen on, tai tietosuoja-asiantuntija.</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>Yhteyshenkilön sähköpostiosoite</translation>
    </message>
    <message>
        <source>Where requests to see, correct or erase data are sent.</source>
        <translation>Osoite, johon tarkastus-, oikaisu- ja poistopyynnöt lähetetään.</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Yhteyshenkilön puhelin</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Vapaaehtoinen.</translation>
    </message>
    <message>
        <source>Purposes and legal basis</source>
        <translation>Käsittelyn tarkoitukset ja oikeusperuste</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Tarkoitukset</translation>
    </message>
    <message>
        <source>Why the data is processed, one purpose a line; line N of the English box translates line N of the Finnish one.</source>
        <translation>Miksi tietoja käsitellään, yksi tarkoitus riviä kohden; englanninkielisen kentän rivi N on suomenkielisen rivin N käännös.</translation>
    </message>
    <message>
        <source>%1: explanation in Finnish</source>
        <translation>%1: selitys suomeksi</translation>
    </message>
    <message>
        <source>%1: explanation in English</source>
        <translation>%1: selitys englanniksi</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Oikeusperuste</translation>
    </message>
    <message>
        <source>Tick each basis the processing rests on (GDPR art. 6) and explain it in the notice&apos;s words.</source>
        <translation>Valitse jokainen peruste, johon käsittely perustuu (tietosuoja-asetuksen 6 artikla), ja selitä se selosteen sanoin.</translation>
    </message>
    <message>
        <source>Data and where it comes from</source>
        <translation>Tiedot ja niiden lähteet</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Tietoryhmät</translation>
    </message>
    <message>
        <source>The kinds of personal data the register holds.</source>
        <translation>Rekisterissä olevien henkilötietojen ryhmät.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Tietolähteet</translation>
    </message>
    <message>
        <source>Where the data comes from, one source a line.</source>
        <translation>Mistä tiedot saadaan, yksi lähde riviä kohden.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Vastaanottajat</translation>
    </message>
    <message>
        <source>Who the data is disclosed to, one a line; may be empty.</source>
        <translation>Kenelle tietoja luovutetaan, yksi riviä kohden; voi olla tyhjä.</translation>
    </message>
    <message>
        <source>Data is transferred outside the EU/EEA</source>
        <translation>Tietoja siirretään EU:n tai ETA:n ulkopuolelle</translation>
    </message>
    <message>
        <source>Safeguards</source>
        <translation>Suojatoimet</translation>
    </message>
    <message>
        <source>How such transfers are protected (e.g. the Commission&apos;s standard contractual clauses). Needed when data is transferred.</source>
        <translation>Miten siirrot suojataan (esimerkiksi komission vakiosopimuslausekkeet). Pakollinen, kun tietoja siirretään.</translation>
    </message>
    <message>
        <source>Automated decisions or profiling are made</source>
        <translation>Tehdään automaattisia päätöksiä tai profilointia</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automaattiset päätökset</translation>
    </message>
    <message>
        <source>What is decided automatically and what it means for the person. Needed when automated decisions are made.</source>
        <translation>Mitä päätetään automaattisesti ja mitä se merkitsee henkilölle. Pakollinen, kun automaattisia päätöksiä tehdään.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Säilytysajat</translation>
    </message>
    <message>
        <source>Recordings kept (months)</source>
        <translation>Tallenteiden säilytysaika (kk)</translation>
    </message>
    <message>
        <source>Call details kept (months)</source>
        <translation>Puhelujen tietojen säilytysaika (kk)</translation>
    </message>
    <message>
        <source>Chat transcripts kept (months)</source>
        <translation>Chat-keskustelujen säilytysaika (kk)</translation>
    </message>
    <message>
        <source>Legal holds allowed for</source>
        <translation>Poistoesto sallittu syistä</translation>
    </message>
    <message>
        <source>The reasons for which a record may be kept beyond its period. None: no legal holds.</source>
        <translation>Syyt, joiden vuoksi tieto saa säilyä säilytysajan jälkeen. Ei yhtään: ei poistoestoja.</translation>
    </message>
    <message>
        <source>Longest legal hold (months)</source>
        <translation>Pisin poistoesto (kk)</translation>
    </message>
    <message>
        <source>0: as long as the reason lasts. Otherwise at least the longest retention period above; 0 when no reasons are ticked.</source>
        <translation>0: niin kauan kuin syy on voimassa. Muuten vähintään yllä oleva pisin säilytysaika; 0, kun yhtään syytä ei ole valittu.</translation>
    </message>
    <message>
        <source>Rights of the data subject</source>
        <translation>Rekisteröidyn oikeudet</translation>
    </message>
    <message>
        <source>Answered within (months)</source>
        <translation>Vastausaika (kk)</translation>
    </message>
    <message>
        <source>The GDPR&apos;s one month.</source>
        <translation>Tietosuoja-asetuksen mukainen kuukausi.</translation>
    </message>
    <message>
        <source>Extension (months)</source>
        <translation>Jatkoaika (kk)</translation>
    </message>
    <message>
        <source>How much longer a complex request may take: at most two months.</source>
        <translation>Kuinka paljon kauemmin monimutkainen pyyntö voi kestää: enintään kaksi kuukautta.</translation>
    </message>
    <message>
        <source>Identity verified by</source>
        <translation>Henkilöllisyys todennetaan</translation>
    </message>
    <message>
        <source>How a person who asks for their data proves who they are.</source>
        <translation>Miten tietojaan pyytävä henkilö osoittaa henkilöllisyytensä.</translation>
    </message>
    <message>
        <source>Data given</source>
        <translation>Tiedot annetaan</translation>
    </message>
    <message>
        <source>How the copy of the data is given to the person.</source>
        <translation>Miten jäljennös tiedoista annetaan henkilölle.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Tietoturva</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Suojaustoimet</translation>
    </message>
    <message>
        <source>How the data is protected, one measure a line; may be empty.</source>
        <translation>Miten tiedot suojataan, yksi toimi riviä kohden; voi olla tyhjä.</translation>
    </message>
    <message>
        <source>Fo&amp;rm</source>
        <translation>&amp;Lomake</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Register profile (JSON)</source>
        <translation>Rekisteriprofiili (JSON)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>T&amp;allenna profiili</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Hylkää muutokset</translation>
    </message>
    <message>
        <source>The profile in force, set by %1 on %2.</source>
        <translation>Voimassa oleva profiili, jonka %1 asetti %2.</translation>
    </message>
    <message>
        <source>No register profile has been set yet: fill in the form and save.</source>
        <translation>Rekisteriprofiilia ei ole vielä asetettu: täytä lomake ja tallenna.</translation>
    </message>
    <message>
        <source>The profile was changed elsewhere. Your unsaved changes are kept; discard them to see the profile in force.</source>
        <translation>Profiilia muutettiin muualla. Tallentamattomat muutoksesi säilyvät; hylkää ne nähdäksesi voimassa olevan profiilin.</translation>
    </message>
    <message>
        <source>The JSON cannot be shown in the form until it is corrected: %1</source>
        <translation>JSONia ei voi näyttää lomakkeella ennen kuin se on korjattu: %1</translation>
    </message>
    <message>
        <source>Not saved: correct the field marked in red.</source>
        <translation>Ei tallennettu: korjaa punaisella merkitty kenttä.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Saved as the profile in force; the privacy notice was regenerated.</source>
        <translation>Tallennettu voimassa olevaksi profiiliksi; tietosuojaseloste luotiin uudelleen.</translation>
    </message>
    <message>
        <source>Check these: %1</source>
        <translation>Tarkista nämä: %1</translation>
    </message>
    <message>
        <source>Saved as the profile in force; the privacy notice was regenerated and dated today.</source>
        <translation>Tallennettu voimassa olevaksi profiiliksi; tietosuojaseloste luotiin uudelleen ja päivättiin tälle päivälle.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Aikavyöhyke</translation>
    </message>
    <message>
        <source>The time zone whose calendar days retention periods and request deadlines are counted in, as an IANA name such as Europe/Helsinki. Empty: Europe/Helsinki.</source>
        <translation>Aikavyöhyke, jonka kalenteripäivinä säilytysajat ja pyyntöjen määräajat lasketaan, IANA-nimenä, esim. Europe/Helsinki. Tyhjä: Europe/Helsinki.</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Tietosuojavastaava</translation>
    </message>
    <message>
        <source>Only if the controller has designated a data protection officer (GDPR art. 37): the notice gives their contact details a section of their own. Leave the four fields empty otherwise.</source>
        <translation>Vain jos rekisterinpitäjä on nimennyt tietosuojavastaavan (tietosuoja-asetuksen 37 artikla): seloste kertoo hänen yhteystietonsa omassa kohdassaan. Jätä muuten nämä neljä kenttää tyhjiksi.</translation>
    </message>
    <message>
        <source>Officer&apos;s e-mail</source>
        <translation>Tietosuojavastaavan sähköposti</translation>
    </message>
    <message>
        <source>Officer&apos;s phone</source>
        <translation>Tietosuojavastaavan puhelin</translation>
    </message>
    <message>
        <source>Officer&apos;s address</source>
        <translation>Tietosuojavastaavan osoite</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Rekisteröidyt</translation>
    </message>
    <message>
        <source>Whose data the register holds, one group a line, e.g. &quot;Customers who call our customer service&quot;. The notice adds the agents, whose names and voices are recorded. Empty: a general sentence about callers and chat users.</source>
        <translation>Keiden tietoja rekisterissä on, yksi ryhmä riville, esim. &quot;Asiakkaat, jotka soittavat asiakaspalveluumme&quot;. Seloste lisää asiakaspalvelijat, joiden nimi ja ääni tallentuvat. Tyhjä: yleinen virke soittajista ja chat-keskustelijoista.</translation>
    </message>
    <message>
        <source>Criterion for recordings</source>
        <translation>Tallenteiden säilytysajan peruste</translation>
    </message>
    <message>
        <source>Criterion for call details</source>
        <translation>Puhelujen tietojen säilytysajan peruste</translation>
    </message>
    <message>
        <source>Criterion for chat transcripts</source>
        <translation>Chat-keskustelujen säilytysajan peruste</translation>
    </message>
    <message>
        <source>Evaluations and tags kept (months)</source>
        <translation>Arviointien ja merkintöjen säilytysaika (kk)</translation>
    </message>
    <message>
        <source>Criterion for evaluations and tags</source>
        <translation>Arviointien ja merkintöjen säilytysajan peruste</translation>
    </message>
    <message>
        <source>Request records kept (months)</source>
        <translation>Pyyntöjen tietojen säilytysaika (kk)</translation>
    </message>
    <message>
        <source>Criterion for request records</source>
        <translation>Pyyntöjen tietojen säilytysajan peruste</translation>
    </message>
    <message>
        <source>Audit trail kept (months)</source>
        <translation>Tarkastuslokin säilytysaika (kk)</translation>
    </message>
    <message>
        <source>Criterion for the audit trail</source>
        <translation>Tarkastuslokin säilytysajan peruste</translation>
    </message>
    <message>
        <source>Months after which the console erases the data (evaluations and tags, request records and the audit trail are kept by every register). 0 means no fixed period: the console does not erase the data, and the notice gives the criterion instead.</source>
        <translation>Kuukausien määrä, jonka jälkeen konsoli poistaa tiedot (arvioinnit ja merkinnät, pyyntöjen tiedot ja tarkastusloki ovat jokaisessa rekisterissä). 0 tarkoittaa, ettei kiinteää aikaa ole: konsoli ei poista tietoja, ja seloste kertoo sen sijaan säilytysajan perusteen.</translation>
    </message>
    <message>
        <source>Only for a period of 0: how the period is determined, e.g. &quot;deleted when the collection matter has ended and its claims are time-barred, at the latest six years after&quot;. &quot;As long as needed&quot; is not a criterion (GDPR art. 13(2)(a)).</source>
        <translation>Vain kun säilytysaika on 0: miten säilytysaika määräytyy, esim. &quot;poistetaan, kun perintäasia on päättynyt ja sitä koskevat vaatimukset ovat vanhentuneet, viimeistään kuuden vuoden kuluttua&quot;. &quot;Niin kauan kuin on tarpeen&quot; ei ole peruste (tietosuoja-asetuksen 13 artiklan 2 kohdan a alakohta).</translation>
    </message>
</context>
<context>
    <name>tallenne::PurgePanel</name>
    <message>
        <source>Recordings</source>
        <translation>Tallenteet</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Puheluiden tiedot</translation>
    </message>
    <message>
        <source>Chat transcripts</source>
        <translation>Chat-keskustelut</translation>
    </message>
    <message>
        <source>Access-request records</source>
        <translation>Rekisteröityjen pyyntöjen tiedot</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Tarkastusloki</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Tietoryhmä</translation>
    </message>
    <message>
        <source>Would be deleted</source>
        <translation>Poistettaisiin</translation>
    </message>
    <message>
        <source>Kept: legal hold</source>
        <translation>Säilyy: poistoesto</translation>
    </message>
    <message>
        <source>Kept: restriction</source>
        <translation>Säilyy: käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <source>Why kept or not purged</source>
        <translation>Miksi säilytetään</translation>
    </message>
    <message>
        <source>Purge preview</source>
        <translation>Poiston esikatselu</translation>
    </message>
    <message>
        <source>&amp;Preview again</source>
        <translation>&amp;Esikatsele uudelleen</translation>
    </message>
    <message>
        <source>P&amp;urge now</source>
        <translation>&amp;Poista nyt</translation>
    </message>
    <message>
        <source>No register profile has been set: there are no retention periods, and nothing is purged.</source>
        <translation>Rekisteriprofiilia ei ole asetettu: säilytysaikoja ei ole, eikä mitään poisteta.</translation>
    </message>
    <message>
        <source>No fixed period: kept as long as the profile&apos;s criterion says.</source>
        <translation>Ei kiinteää aikaa: säilytetään profiilin perusteen mukaan.</translation>
    </message>
    <message>
        <source>Legal holds keep %1.</source>
        <translation>Poistoestot säilyttävät %1.</translation>
    </message>
    <message>
        <source>%1 under restriction of processing: the privacy officer lifts the restriction first.</source>
        <translation>%1 käsittelyn rajoittamisen alaisena: tietosuoja-asiantuntija poistaa rajoituksen ensin.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) past their retention period would be deleted now.</source>
        <translation>
            <numerusform>%Ln säilytysajan ylittänyt tieto poistettaisiin nyt.</numerusform>
            <numerusform>%Ln säilytysajan ylittänyttä tietoa poistettaisiin nyt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n legal hold(s) have ended and would be lifted.</source>
        <translation>
            <numerusform>%n poistoesto on päättynyt ja purettaisiin.</numerusform>
            <numerusform>%n poistoestoa on päättynyt ja purettaisiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The purge could not start: %1</source>
        <translation>Poisto ei voinut alkaa: %1</translation>
    </message>
    <message>
        <source>Purging what is past its retention period…</source>
        <translation>Poistetaan säilytysajan ylittäneitä tietoja…</translation>
    </message>
    <message>
        <source>The purge stopped: %1 What was deleted stays deleted; the next purge finishes the rest.</source>
        <translation>Poisto keskeytyi: %1 Jo poistettu pysyy poistettuna; seuraava poisto tekee loput.</translation>
    </message>
    <message>
        <source>The purge stopped: %1</source>
        <translation>Poisto keskeytyi: %1</translation>
    </message>
    <message>
        <source>No register profile has been set: nothing was purged.</source>
        <translation>Rekisteriprofiilia ei ole asetettu: mitään ei poistettu.</translation>
    </message>
    <message numerus="yes">
        <source>Purge done: %Ln item(s) past their retention period deleted.</source>
        <translation>
            <numerusform>Poisto valmis: %Ln säilytysajan ylittänyt tieto poistettu.</numerusform>
            <numerusform>Poisto valmis: %Ln säilytysajan ylittänyttä tietoa poistettu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended legal hold(s) lifted.</source>
        <translation>
            <numerusform>%n päättynyt poistoesto purettu.</numerusform>
            <numerusform>%n päättynyttä poistoestoa purettu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data subjects without calls or chats</source>
        <translation>Rekisteröidyt ilman puheluita tai keskusteluja</translation>
    </message>
    <message>
        <source>%1 kept under a legal hold or restriction of processing.</source>
        <translation>%1 säilytetään poistoeston tai käsittelyn rajoituksen vuoksi.</translation>
    </message>
    <message>
        <source>Their identifiers go with them.</source>
        <translation>Heidän tunnisteensa poistetaan samalla.</translation>
    </message>
    <message>
        <source>The register file was last compacted on %1.</source>
        <translation>Rekisteritiedosto tiivistettiin viimeksi %1.</translation>
    </message>
    <message>
        <source>The register file has not been compacted yet.</source>
        <translation>Rekisteritiedostoa ei ole vielä tiivistetty.</translation>
    </message>
    <message>
        <source>%1 of deleted rows (already overwritten) will be given back by the next purge from the command line or the daily timer.</source>
        <translation>Poistettujen rivien %1 (jo ylikirjoitettu) vapautetaan seuraavassa komentorivin tai päivittäisen ajastimen poistossa.</translation>
    </message>
    <message>
        <source>%1 free in it.</source>
        <translation>Siinä on %1 vapaata tilaa.</translation>
    </message>
    <message>
        <source>Purge done: nothing was past its retention period.</source>
        <translation>Poisto tehty: säilytysajan ylittäneitä tietoja ei ollut.</translation>
    </message>
    <message>
        <source>No space is free in it.</source>
        <translation>Siinä ei ole vapaata tilaa.</translation>
    </message>
    <message>
        <source>Quality evaluations</source>
        <translation>Laadunarvioinnit</translation>
    </message>
    <message>
        <source>Tags on recordings</source>
        <translation>Tallenteisiin tehdyt merkinnät</translation>
    </message>
    <message numerus="yes">
        <source>With them, %n calibration(s) left without evaluations.</source>
        <translation>
            <numerusform>Niiden mukana %n kalibrointi, jolle ei jäänyt arviointeja.</numerusform>
            <numerusform>Niiden mukana %n kalibrointia, joille ei jäänyt arviointeja.</numerusform>
        </translation>
    </message>
    <message>
        <source>The purge did not run: the register failed its checks at login. The Purge tab says why.</source>
        <translation>Poistoa ei ajettu: rekisteri ei läpäissyt tarkistuksiaan kirjautuessa. Poisto-välilehti kertoo syyn.</translation>
    </message>
</context>
<context>
    <name>tallenne::QtAudioSink</name>
    <message>
        <source>no audio output device</source>
        <translation>äänentoistolaitetta ei löydy</translation>
    </message>
    <message>
        <source>the audio output cannot be opened</source>
        <translation>äänentoistolaitetta ei voi avata</translation>
    </message>
</context>
<context>
    <name>tallenne::QualityPage</name>
    <message>
        <source>Evaluate</source>
        <translation>Arvioi</translation>
    </message>
    <message>
        <source>Sampling queue</source>
        <translation>Otosjono</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrointi</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Arviointilomakkeet</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
</context>
<context>
    <name>tallenne::QualityReportPanel</name>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Alkupäivä:</translation>
    </message>
    <message>
        <source>Unti&amp;l:</source>
        <translation>&amp;Loppupäivä:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Jaottel&amp;u:</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Viikoittain</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Kuukausittain</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>Asiakas&amp;palvelija:</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Kaikki asiakaspalvelijat</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Jono:</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Kaikki jonot</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Nä&amp;ytä</translation>
    </message>
    <message>
        <source>Make the report of these days (Enter in any field)</source>
        <translation>Laadi raportti näiltä päiviltä (Enter missä tahansa kentässä)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Vie &amp;CSV…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Vie P&amp;DF…</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Kehityskaavio</translation>
    </message>
    <message>
        <source>Average score per agent</source>
        <translation>Keskimääräinen tulos asiakaspalvelijoittain</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Asiakaspalvelijoittain</translation>
    </message>
    <message>
        <source>By queue</source>
        <translation>Jonoittain</translation>
    </message>
    <message>
        <source>Criteria most often missed</source>
        <translation>Useimmin täyttymättä jääneet kohdat</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Keskimääräinen tulos</translation>
    </message>
    <message>
        <source>Critical failures</source>
        <translation>Kriittinen kohta ei täyttynyt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Jono</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Arviointilomake</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Arviointikohta</translation>
    </message>
    <message>
        <source>Missed / answered</source>
        <translation>Täyttymättä / arvioitu</translation>
    </message>
    <message>
        <source>Share missed</source>
        <translation>Osuus täyttymättä</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Call or chat</source>
        <translation>Puhelu tai chat</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Arvioija</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Choose the days, the period, an agent or a queue, then Show.</source>
        <translation>Valitse päivät, jaottelu, asiakaspalvelija tai jono ja valitse sitten Näytä.</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>asiakaspalvelija %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>jono %1</translation>
    </message>
    <message>
        <source>Nothing was evaluated from %1 to %2.</source>
        <translation>Ajalta %1–%2 ei ole arviointeja.</translation>
    </message>
    <message>
        <source>Nothing was evaluated from %1 to %2 (%3).</source>
        <translation>Ajalta %1–%2 ei ole arviointeja (%3).</translation>
    </message>
    <message>
        <source>No submitted evaluation of a call or chat of these days. Choose other days, another agent or another queue, then Show.</source>
        <translation>Näiltä päiviltä ei ole lähetettyjä puheluiden tai keskustelujen arviointeja. Valitse muut päivät, toinen asiakaspalvelija tai toinen jono ja valitse sitten Näytä.</translation>
    </message>
    <message>
        <source>From %1 to %2: %L3 evaluations, average score %4, critical-failure rate %5, pass rate %6</source>
        <translation>%1–%2: arviointeja %L3, keskimääräinen tulos %4, kriittinen kohta ei täyttynyt %5, hyväksyttyjä %6</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Puhelu %1</translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation>Chat-keskustelu %1</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versio %2)</translation>
    </message>
    <message>
        <source>%1, critical criterion failed</source>
        <translation>%1, kriittinen kohta ei täyttynyt</translation>
    </message>
    <message>
        <source>Export the quality report as PDF</source>
        <translation>Vie laaturaportti PDF-tiedostona</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Export the quality report as CSV</source>
        <translation>Vie laaturaportti CSV-tiedostona</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Show a report first.</source>
        <translation>Näytä ensin raportti.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Exported the report to %1.</source>
        <translation>Raportti viety tiedostoon %1.</translation>
    </message>
    <message>
        <source>Quality report</source>
        <translation>Laaturaportti</translation>
    </message>
    <message>
        <source>Print the quality report</source>
        <translation>Tulosta laaturaportti</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Raporttia ei voitu tulostaa.</translation>
    </message>
    <message>
        <source>Sent the report to the printer.</source>
        <translation>Raportti lähetetty tulostimelle.</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Tulo&amp;sta raportti…</translation>
    </message>
    <message>
        <source>By period</source>
        <translation>Jaksoittain</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Saved the report as %1.</source>
        <translation>Raportti tallennettiin tiedostoon %1.</translation>
    </message>
</context>
<context>
    <name>tallenne::RequestActionsPanel</name>
    <message>
        <source>Handed over in person</source>
        <translation>Luovutetaan henkilökohtaisesti</translation>
    </message>
    <message>
        <source>Posted to the person&apos;s address</source>
        <translation>Postitetaan henkilön osoitteeseen</translation>
    </message>
    <message>
        <source>Delivered electronically</source>
        <translation>Toimitetaan sähköisesti</translation>
    </message>
    <message>
        <source>A ZIP with the data as JSON, a report in the person&apos;s language, their recordings and transcripts</source>
        <translation>ZIP-tiedosto: tiedot JSON-muodossa, raportti henkilön kielellä, hänen tallenteensa ja keskustelunsa</translation>
    </message>
    <message>
        <source>Re&amp;strict processing</source>
        <translation>Rajoita k&amp;äsittelyä</translation>
    </message>
    <message>
        <source>Lift res&amp;triction</source>
        <translation>Poista rajo&amp;itus</translation>
    </message>
    <message>
        <source>Uphold: sto&amp;p processing</source>
        <translation>Hyväksy: lopeta käsittely</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Export the copy of request %1</source>
        <translation>Pyynnön %1 jäljennös</translation>
    </message>
    <message>
        <source>The copy holds %1 data subject(s), %2 call(s) with %3 recording(s), %4 chat(s) and %5 tag(s); %6 item(s) excluded are left out. The information and the first copy are free of charge.</source>
        <translation>Jäljennöksessä on rekisteröityjä %1, puheluita %2 (tallenteita %3), chat-keskusteluja %4 ja merkintöjä %5; pois jätettyjä kohteita %6 ei oteta mukaan. Tiedot ja ensimmäinen jäljennös ovat maksuttomia.</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;language:</source>
        <translation>Henkilön &amp;kieli:</translation>
    </message>
    <message>
        <source>&amp;Handed over:</source>
        <translation>&amp;Luovutustapa:</translation>
    </message>
    <message>
        <source>optional: told to the person separately</source>
        <translation>vapaaehtoinen: kerrotaan henkilölle erikseen</translation>
    </message>
    <message>
        <source>&amp;Passphrase (AES-256):</source>
        <translation>&amp;Salasana (AES-256):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Uudelleen:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Sel&amp;aa…</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Tallenna &amp;polkuun:</translation>
    </message>
    <message>
        <source>&amp;Save the copy</source>
        <translation>&amp;Tallenna jäljennös</translation>
    </message>
    <message>
        <source>Save the copy</source>
        <translation>Tallenna jäljennös</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-tiedostot (*.zip)</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Salasanat eroavat.</translation>
    </message>
    <message>
        <source>Writing the copy…</source>
        <translation>Jäljennöstä kirjoitetaan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>The copy is saved as %1 (%2 bytes%3). SHA-256 %4 is in the audit trail. Hand it over, then close the request with its outcome.</source>
        <translation>Jäljennös on tallennettu: %1 (%2 tavua%3). Sen SHA-256 %4 on tarkastuslokissa. Luovuta se ja sulje sitten pyyntö lopputuloksineen.</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, salattu</translation>
    </message>
    <message>
        <source>Erased for good: %1 data subject(s) with %2 identifier(s), %3 call(s) with %4 recording(s) and %5 tag(s) (%6 clip(s) leave coaching playlists), %7 chat(s) with %8 message(s).</source>
        <translation>Poistetaan pysyvästi: rekisteröityjä %1 (tunnistetietoja %2), puheluita %3 (tallenteita %4, merkintöjä %5; kuuntelulistoilta poistuu %6 leikettä), chat-keskusteluja %7 (viestejä %8).</translation>
    </message>
    <message>
        <source>Calls: %1</source>
        <translation>Puhelut: %1</translation>
    </message>
    <message>
        <source>Nothing is kept.</source>
        <translation>Mitään ei säilytetä.</translation>
    </message>
    <message>
        <source>Kept, and why:</source>
        <translation>Säilytetään, ja miksi:</translation>
    </message>
    <message>
        <source>call</source>
        <translation>puhelu</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat-keskustelu</translation>
    </message>
    <message>
        <source>data subject</source>
        <translation>rekisteröity</translation>
    </message>
    <message>
        <source>Erase for request %1</source>
        <translation>Poista pyynnön %1 mukaisesti</translation>
    </message>
    <message>
        <source>Erasure cannot be undone. Check what goes and what is kept.</source>
        <translation>Poistoa ei voi perua. Tarkista, mitä poistetaan ja mitä säilytetään.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Erased: %1 data subject(s), %2 call(s) (%3 recording file(s) removed), %4 chat(s); %5 kept under a hold or duty.</source>
        <translation>Poistettu: rekisteröityjä %1, puheluita %2 (tallennetiedostoja poistettu %3), chat-keskusteluja %4; poistoesto tai lakisääteinen velvoite säilytti %5.</translation>
    </message>
    <message>
        <source>Processing is restricted: %1 data subject(s) and their records no longer reach quality review or training.</source>
        <translation>Käsittelyä on rajoitettu: rekisteröityjä %1; heidän tietonsa eivät enää näy laadunarvioinnissa eivätkä valmennuksessa.</translation>
    </message>
    <message>
        <source>The restriction is lifted for %1 data subject(s).</source>
        <translation>Rajoitus on poistettu, rekisteröityjä %1.</translation>
    </message>
    <message>
        <source>Rectify for request %1</source>
        <translation>Oikaise pyynnön %1 mukaisesti</translation>
    </message>
    <message>
        <source>Data subject %1</source>
        <translation>Rekisteröity %1</translation>
    </message>
    <message>
        <source>&amp;Data subject:</source>
        <translation>&amp;Rekisteröity:</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Mitä:</translation>
    </message>
    <message>
        <source>&amp;Now:</source>
        <translation>&amp;Nyt:</translation>
    </message>
    <message>
        <source>&amp;Corrected:</source>
        <translation>&amp;Korjattu:</translation>
    </message>
    <message>
        <source>&amp;Rectify</source>
        <translation>&amp;Oikaise</translation>
    </message>
    <message>
        <source>Rectified; the value before and after is kept in the audit trail, readable only by privacy officers.</source>
        <translation>Oikaistu; arvo ennen ja jälkeen on tallessa tarkastuslokissa vain tietosuoja-asiantuntijoiden luettavissa.</translation>
    </message>
    <message>
        <source>Override the objection</source>
        <translation>Hylkää vastustus</translation>
    </message>
    <message>
        <source>The compelling legitimate grounds that override the person&apos;s interests (GDPR art. 21(1)); the person is told them:</source>
        <translation>Huomattavan tärkeät ja perustellut syyt, jotka syrjäyttävät henkilön edut (tietosuoja-asetuksen 21 artiklan 1 kohta); ne kerrotaan henkilölle:</translation>
    </message>
    <message>
        <source>The objection is upheld: processing is restricted.</source>
        <translation>Vastustus hyväksytty: käsittelyä on rajoitettu.</translation>
    </message>
    <message>
        <source>The objection is overridden; the grounds are recorded.</source>
        <translation>Vastustus hylätty; perusteet on kirjattu.</translation>
    </message>
    <message>
        <source>Export the &amp;copy…</source>
        <translation>&amp;Muodosta jäljennös…</translation>
    </message>
    <message>
        <source>R&amp;ectify…</source>
        <translation>Oikaise…</translation>
    </message>
    <message>
        <source>Override (&amp;grounds)…</source>
        <translation>Hylkää (perusteet)…</translation>
    </message>
    <message>
        <source>A copy with a passphrase is an AES-256 ZIP: it opens with 7-Zip, WinZip or `7z x`, not with the old `unzip`.</source>
        <translation>Salasanalla suojattu jäljennös on AES-256-salattu ZIP: sen avaa 7-Zip, WinZip tai `7z x`, ei vanha `unzip`.</translation>
    </message>
</context>
<context>
    <name>tallenne::RequestDeskPanel</name>
    <message>
        <source>No requests yet. When a person asks for their data, open a request with New request (Ctrl+N).</source>
        <translation>Ei vielä pyyntöjä. Kun henkilö pyytää tietojaan, avaa pyyntö painikkeella Uusi pyyntö (Ctrl+N).</translation>
    </message>
    <message>
        <source>No open requests. Open one with New request (Ctrl+N); closed requests are shown with &quot;Show closed&quot;.</source>
        <translation>Ei avoimia pyyntöjä. Avaa pyyntö painikkeella Uusi pyyntö (Ctrl+N); suljetut näkyvät valinnalla &quot;Näytä suljetut&quot;.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Oikeus</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pyynnöt</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Uusi pyyntö…</translation>
    </message>
    <message>
        <source>Open a request for the person at the counter (Ctrl+N)</source>
        <translation>Avaa pyyntö asioivalle henkilölle (Ctrl+N)</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>Myöhässä · %1</translation>
    </message>
    <message>
        <source>Due this week · %1</source>
        <translation>Erääntyy tällä viikolla · %1</translation>
    </message>
    <message>
        <source> · possibly repetitive</source>
        <translation> · mahdollisesti toistuva</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) shown.</source>
        <translation>
            <numerusform>%n pyyntö näytetään.</numerusform>
            <numerusform>%n pyyntöä näytetään.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue.</source>
        <translation>
            <numerusform>%n myöhässä.</numerusform>
            <numerusform>%n myöhässä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due this week.</source>
        <translation>
            <numerusform>%n erääntyy tällä viikolla.</numerusform>
            <numerusform>%n erääntyy tällä viikolla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sho&amp;w closed</source>
        <translation>Näytä su&amp;ljetut</translation>
    </message>
</context>
<context>
    <name>tallenne::RequestDetailPanel</name>
    <message>
        <source>%1 is included again.</source>
        <translation>%1 on taas mukana.</translation>
    </message>
    <message>
        <source>%1 is excluded: it will not be handed over or changed.</source>
        <translation>%1 jätettiin pois: sitä ei luovuteta eikä muuteta.</translation>
    </message>
    <message>
        <source>1. Who was found, and why</source>
        <translation>1. Kuka löytyi ja miksi</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Mukana</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Why it matched</source>
        <translation>Miksi löytyi</translation>
    </message>
    <message>
        <source>What was found for the request</source>
        <translation>Pyyntöön löytyneet tiedot</translation>
    </message>
    <message>
        <source>Find more by</source>
        <translation>Hae lisää tiedolla</translation>
    </message>
    <message>
        <source>Another number, e-mail address or name of the person</source>
        <translation>Henkilön toinen numero, sähköpostiosoite tai nimi</translation>
    </message>
    <message>
        <source>2. Identity</source>
        <translation>2. Henkilöllisyys</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>T&amp;apa:</translation>
    </message>
    <message>
        <source>&amp;Document shown:</source>
        <translation>Esitetty a&amp;siakirja:</translation>
    </message>
    <message>
        <source>3. Hand over or act</source>
        <translation>3. Luovuta tai toimi</translation>
    </message>
    <message>
        <source>4. Deadline and closing</source>
        <translation>4. Määräaika ja sulkeminen</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Jatka…</translation>
    </message>
    <message>
        <source>&amp;Outcome and reasons:</source>
        <translation>Lopputulos ja &amp;perustelut:</translation>
    </message>
    <message>
        <source>What was handed over or done; for a refusal, why, and that the person may complain to the Data Protection Ombudsman.</source>
        <translation>Mitä luovutettiin tai tehtiin; hylkäyksessä syy ja se, että henkilö voi kannella tietosuojavaltuutetulle.</translation>
    </message>
    <message>
        <source>Close re&amp;quest</source>
        <translation>Sulje p&amp;yyntö</translation>
    </message>
    <message>
        <source>No request chosen</source>
        <translation>Pyyntöä ei ole valittu</translation>
    </message>
    <message>
        <source>Choose a request from the list, or open a new one for the person at the counter with New request (Ctrl+N).</source>
        <translation>Valitse pyyntö luettelosta tai avaa asioivalle henkilölle uusi painikkeella Uusi pyyntö (Ctrl+N).</translation>
    </message>
    <message>
        <source>Request %1 · %2</source>
        <translation>Pyyntö %1 · %2</translation>
    </message>
    <message>
        <source>Overdue: the answer was due on %1.</source>
        <translation>Myöhässä: vastaus piti antaa viimeistään %1.</translation>
    </message>
    <message numerus="yes">
        <source>Possibly repetitive: the person made %n other request(s) in the 12 months before this one. The information and the first copy are always free; a fee or a refusal is possible only for a further copy or a manifestly unfounded or excessive request, decided case by case.</source>
        <translation>
            <numerusform>Mahdollisesti toistuva: henkilö teki %n muun pyynnön tätä edeltäneiden 12 kuukauden aikana. Tiedot ja ensimmäinen jäljennös ovat aina maksuttomia; maksu tai hylkäys on mahdollinen vain lisäjäljennöksestä tai ilmeisen perusteettomasta tai kohtuuttomasta pyynnöstä, tapauskohtaisesti päättäen.</numerusform>
            <numerusform>Mahdollisesti toistuva: henkilö teki %n muuta pyyntöä tätä edeltäneiden 12 kuukauden aikana. Tiedot ja ensimmäinen jäljennös ovat aina maksuttomia; maksu tai hylkäys on mahdollinen vain lisäjäljennöksestä tai ilmeisen perusteettomasta tai kohtuuttomasta pyynnöstä, tapauskohtaisesti päättäen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier request(s) from this person in the last 12 months.</source>
        <translation>
            <numerusform>%n aiempi pyyntö tältä henkilöltä viimeisten 12 kuukauden aikana.</numerusform>
            <numerusform>%n aiempaa pyyntöä tältä henkilöltä viimeisten 12 kuukauden aikana.</numerusform>
        </translation>
    </message>
    <message>
        <source>  · request %1, %2, received %3: %4</source>
        <translation>  · pyyntö %1, %2, vastaanotettu %3: %4</translation>
    </message>
    <message>
        <source>A fee is charged: %1</source>
        <translation>Pyynnöstä peritään maksu: %1</translation>
    </message>
    <message>
        <source>Closed %1 by %2: %3</source>
        <translation>Suljettu %1, sulki %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Due %1: overdue by %n day(s).</source>
        <translation>
            <numerusform>Määräpäivä %1: myöhässä %n päivän.</numerusform>
            <numerusform>Määräpäivä %1: myöhässä %n päivää.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due %1: %n day(s) left.</source>
        <translation>
            <numerusform>Määräpäivä %1: %n päivä jäljellä.</numerusform>
            <numerusform>Määräpäivä %1: %n päivää jäljellä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extended by %n month(s): %1</source>
        <translation>
            <numerusform>Jatkettu %n kuukaudella: %1</numerusform>
            <numerusform>Jatkettu %n kuukaudella: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extend the deadline by up to %n more month(s), with the reason the person is told, before the first month runs out (GDPR art. 12(3)).</source>
        <translation>
            <numerusform>Jatka määräaikaa enintään %n kuukaudella ennen ensimmäisen kuukauden päättymistä ja kerro syy henkilölle (tietosuoja-asetuksen 12 artiklan 3 kohta).</numerusform>
            <numerusform>Jatka määräaikaa enintään %n kuukaudella ennen ensimmäisen kuukauden päättymistä ja kerro syy henkilölle (tietosuoja-asetuksen 12 artiklan 3 kohta).</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadline can no longer be extended: an extension is decided within the first month, at most the profile&apos;s months in all.</source>
        <translation>Määräaikaa ei voi enää jatkaa: jatkosta päätetään ensimmäisen kuukauden aikana, ja sitä voi olla enintään profiilin kuukausimäärä.</translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation>Pyyntö on suljettu.</translation>
    </message>
    <message>
        <source>Identity is verified: the copy and the changes the person asked for can be made.</source>
        <translation>Henkilöllisyys on todennettu: henkilön pyytämä jäljennös ja muutokset voidaan tehdä.</translation>
    </message>
    <message>
        <source>Verify the person&apos;s identity first: nothing is handed over or changed before that.</source>
        <translation>Todenna ensin henkilöllisyys: sitä ennen mitään ei luovuteta eikä muuteta.</translation>
    </message>
    <message>
        <source>Data subject %1</source>
        <translation>Rekisteröity %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Puhelu %1</translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation>Chat-keskustelu %1</translation>
    </message>
    <message>
        <source>has this %1</source>
        <translation>tiedolla %1 löytyi</translation>
    </message>
    <message>
        <source>linked to data subject %1 (found by %2)</source>
        <translation>liitetty rekisteröityyn %1 (löytyi tiedolla %2)</translation>
    </message>
    <message>
        <source>the caller&apos;s number is this %1, but the call is linked to no one: check it belongs to the person</source>
        <translation>soittajan numero on tämä (%1), mutta puhelua ei ole liitetty kehenkään: tarkista, että se kuuluu henkilölle</translation>
    </message>
    <message>
        <source>Nothing was found for this person yet: find them by another identifier below, or close the request saying that the register holds nothing about them.</source>
        <translation>Henkilöstä ei ole vielä löytynyt mitään: hae toisella tunnistetiedolla alla tai sulje pyyntö kertoen, ettei rekisterissä ole hänestä tietoja.</translation>
    </message>
    <message>
        <source>&amp;Last four characters:</source>
        <translation>Neljä &amp;viimeistä merkkiä:</translation>
    </message>
    <message>
        <source>of the document&apos;s number; never take a copy</source>
        <translation>asiakirjan numerosta; älä koskaan ota kopiota</translation>
    </message>
    <message>
        <source>Method and &amp;reference:</source>
        <translation>Tapa ja &amp;viite:</translation>
    </message>
    <message>
        <source>e.g. bank ID, transaction 77-123</source>
        <translation>esim. pankkitunnukset, tapahtuma 77-123</translation>
    </message>
    <message>
        <source>Request&apos;s &amp;reference:</source>
        <translation>Pyynnön &amp;viite:</translation>
    </message>
    <message>
        <source>e.g. letter 2026/14, signed</source>
        <translation>esim. kirje 2026/14, allekirjoitettu</translation>
    </message>
    <message>
        <source>Verified by %1 on %2: %3.</source>
        <translation>Todensi %1 %2: %3.</translation>
    </message>
    <message>
        <source>Not verified. The register profile names no way to verify a requester&apos;s identity: an administrator sets it in the register profile.</source>
        <translation>Ei todennettu. Rekisteriprofiili ei nimeä yhtään tapaa todentaa pyytäjän henkilöllisyyttä: pääkäyttäjä asettaa sen rekisteriprofiiliin.</translation>
    </message>
    <message>
        <source>Not verified. Check the person&apos;s identity by one of the ways the register profile allows.</source>
        <translation>Ei todennettu. Tarkista henkilöllisyys jollakin rekisteriprofiilin sallimalla tavalla.</translation>
    </message>
    <message>
        <source>Choose how the identity was verified.</source>
        <translation>Valitse, miten henkilöllisyys todennettiin.</translation>
    </message>
    <message>
        <source>Identity verified.</source>
        <translation>Henkilöllisyys todennettu.</translation>
    </message>
    <message>
        <source>Extend request %1</source>
        <translation>Jatka pyynnön %1 määräaikaa</translation>
    </message>
    <message numerus="yes">
        <source>The deadline can be extended by up to %n more month(s) when the request is complex or there are many. Tell the person the reason within the first month.</source>
        <translation>
            <numerusform>Määräaikaa voi jatkaa enintään %n kuukaudella, jos pyyntö on monimutkainen tai pyyntöjä on paljon. Kerro syy henkilölle ensimmäisen kuukauden aikana.</numerusform>
            <numerusform>Määräaikaa voi jatkaa enintään %n kuukaudella, jos pyyntö on monimutkainen tai pyyntöjä on paljon. Kerro syy henkilölle ensimmäisen kuukauden aikana.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>&amp;Kuukausia:</translation>
    </message>
    <message>
        <source>&amp;Reason (the person is told):</source>
        <translation>&amp;Syy (kerrotaan henkilölle):</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Jatka</translation>
    </message>
    <message>
        <source>The deadline is extended.</source>
        <translation>Määräaikaa on jatkettu.</translation>
    </message>
    <message>
        <source>Request %1 closed: %2.</source>
        <translation>Pyyntö %1 suljettu: %2.</translation>
    </message>
    <message>
        <source>Nothing new was found.</source>
        <translation>Mitään uutta ei löytynyt.</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) found and included.</source>
        <translation>
            <numerusform>%n uusi kohde löytyi ja otettiin mukaan.</numerusform>
            <numerusform>%n uutta kohdetta löytyi ja otettiin mukaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>F&amp;ind more</source>
        <translation>Ha&amp;e lisää</translation>
    </message>
    <message>
        <source>Verif&amp;y identity</source>
        <translation>Todenna &amp;henkilöllisyys</translation>
    </message>
    <message>
        <source>Close &amp;as:</source>
        <translation>&amp;Ratkaisu:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Received %1 (%2) · state: %3 · the person: %4 %5 · opened by %6</source>
        <translation>Vastaanotettu %1 (%2) · tila: %3 · henkilö: %4 %5 · avasi %6</translation>
    </message>
</context>
<context>
    <name>tallenne::RetentionPanel</name>
    <message>
        <source>Register profile</source>
        <translation>Rekisteriprofiili</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-tiedostot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>&amp;Lataa tiedostosta…</translation>
    </message>
    <message>
        <source>Register profile (JSON)</source>
        <translation>Rekisteriprofiili (JSON)</translation>
    </message>
    <message>
        <source>No register profile has been set yet: the retention periods are not defined.</source>
        <translation>Rekisteriprofiilia ei ole vielä asetettu: säilytysaikoja ei ole määritelty.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n kuukausi</numerusform>
            <numerusform>%n kuukautta</numerusform>
        </translation>
    </message>
    <message>
        <source>as long as the purpose or the law requires</source>
        <translation>niin kauan kuin käyttötarkoitus tai laki edellyttää</translation>
    </message>
    <message>
        <source>&lt;b&gt;Retention in force&lt;/b&gt;&lt;br&gt;Recordings: %1&lt;br&gt;Call details: %2&lt;br&gt;Chat transcripts: %3</source>
        <translation>&lt;b&gt;Voimassa olevat säilytysajat&lt;/b&gt;&lt;br&gt;Tallenteet: %1&lt;br&gt;Puhelutiedot: %2&lt;br&gt;Chat-keskustelut: %3</translation>
    </message>
    <message>
        <source>Legal holds allowed for: %1; at most %2</source>
        <translation>Poistoesto sallittu syistä: %1; enintään %2</translation>
    </message>
    <message>
        <source>No legal holds allowed.</source>
        <translation>Poistoestoja ei sallita.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Tiedostoa %1 ei voi lukea.</translation>
    </message>
    <message>
        <source>Loaded %1. Check it and save.</source>
        <translation>Ladattu %1. Tarkista ja tallenna.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Saved as the profile in force; the privacy notice was regenerated.</source>
        <translation>Tallennettu voimassa olevaksi profiiliksi; tietosuojaseloste luotiin uudelleen.</translation>
    </message>
    <message>
        <source>Check these: %1</source>
        <translation>Tarkista nämä: %1</translation>
    </message>
    <message>
        <source>Validate and &amp;save</source>
        <translation>Tarkista ja t&amp;allenna</translation>
    </message>
    <message>
        <source>The profile in force was changed by %1 while you were editing it here. Saving replaces it with the text below.</source>
        <translation>Voimassa olevaa profiilia muutti %1 sillä aikaa, kun muokkasit sitä tässä. Tallentaminen korvaa sen alla olevalla tekstillä.</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Poistoestot</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Poisto</translation>
    </message>
    <message>
        <source>Profile as JSON</source>
        <translation>Rekisteriprofiili JSON-muodossa</translation>
    </message>
    <message>
        <source>%1 is too large for a register profile (at most %2 bytes).</source>
        <translation>%1 on liian suuri rekisteriprofiiliksi (enintään %2 tavua).</translation>
    </message>
</context>
<context>
    <name>tallenne::ReviseDialog</name>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 merkkiä</translation>
    </message>
    <message>
        <source>Change a submitted evaluation</source>
        <translation>Lähetetyn arvioinnin muuttaminen</translation>
    </message>
    <message>
        <source>&amp;Why is the evaluation changed? The reason is kept with the earlier revision.</source>
        <translation>&amp;Miksi arviointia muutetaan? Syy säilytetään aiemman version yhteydessä.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Muu&amp;ta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>tallenne::SamplePanel</name>
    <message>
        <source>No samples drawn yet. Set the filter above and press Draw.</source>
        <translation>Otoksia ei ole vielä arvottu. Aseta ehdot yllä ja paina Arvo.</translation>
    </message>
    <message>
        <source>No samples drawn yet. Quality managers draw them.</source>
        <translation>Otoksia ei ole vielä arvottu. Laatupäälliköt arpovat ne.</translation>
    </message>
    <message>
        <source>Select a sample to see its items.</source>
        <translation>Valitse otos nähdäksesi sen kohteet.</translation>
    </message>
    <message>
        <source>Fro&amp;m week:</source>
        <translation>&amp;Alkuviikko:</translation>
    </message>
    <message>
        <source>To wee&amp;k:</source>
        <translation>&amp;Loppuviikko:</translation>
    </message>
    <message>
        <source>&amp;Per agent and week:</source>
        <translation>&amp;Kustakin asiakaspalvelijasta viikossa:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Otokseen:</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Puhelut</translation>
    </message>
    <message>
        <source>Ch&amp;ats</source>
        <translation>&amp;Chat-keskustelut</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Jono:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Suunta:</translation>
    </message>
    <message>
        <source>Shortest d&amp;uration:</source>
        <translation>Lyhin k&amp;esto:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>any</source>
        <translation>mikä tahansa</translation>
    </message>
    <message>
        <source>Chat channe&amp;l:</source>
        <translation>Chat-kana&amp;va:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>Sie&amp;menluku:</translation>
    </message>
    <message>
        <source>empty: random</source>
        <translation>tyhjä: satunnainen</translation>
    </message>
    <message>
        <source>The same seed, filter and register draw the same sample. Leave it empty for a random seed; the run shows the seed it used.</source>
        <translation>Sama siemenluku, samat ehdot ja sama rekisteri arpovat saman otoksen. Jätä tyhjäksi, niin siemenluku arvotaan; otos näyttää käytetyn siemenluvun.</translation>
    </message>
    <message>
        <source>Leave out what is alread&amp;y evaluated</source>
        <translation>Jätä pois jo arvioid&amp;ut</translation>
    </message>
    <message>
        <source>Dra&amp;w</source>
        <translation>A&amp;rvo</translation>
    </message>
    <message>
        <source>Draw a&amp;gain with this seed</source>
        <translation>Arvo uu&amp;delleen samalla siemenluvulla</translation>
    </message>
    <message>
        <source>Earlier &amp;runs:</source>
        <translation>A&amp;iemmat otokset:</translation>
    </message>
    <message>
        <source>&amp;Items of the run:</source>
        <translation>Otoksen kohteet:</translation>
    </message>
    <message>
        <source>Op&amp;en item</source>
        <translation>Avaa ko&amp;hde</translation>
    </message>
    <message>
        <source>Cali&amp;brate…</source>
        <translation>Kali&amp;broi…</translation>
    </message>
    <message>
        <source>Starts a calibration on the selected call or chat: several reviewers score it and see where they differ.</source>
        <translation>Aloittaa kalibroinnin valitusta puhelusta tai chat-keskustelusta: useampi arvioija arvioi sen ja näkee, missä he eroavat toisistaan.</translation>
    </message>
    <message>
        <source>Evaluate the selected call or chat, or open its evaluation (also Enter or a double click).</source>
        <translation>Arvioi valittu puhelu tai chat-keskustelu tai avaa sen arviointi (myös Enter tai kaksoisnapsautus).</translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation>Arpoja</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>Arvottu</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Viikot</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Siemenluku</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>Arvioitu</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>Call or chat</source>
        <translation>Puhelu tai chat</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Samples drawn</source>
        <translation>Arvotut otokset</translation>
    </message>
    <message>
        <source>Items of the selected sample</source>
        <translation>Valitun otoksen kohteet</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Saapuva</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Lähtevä</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Sisäinen</translation>
    </message>
    <message>
        <source>The seed is a whole number from 1 to 18446744073709551615, or empty for a random one.</source>
        <translation>Siemenluku on kokonaisluku väliltä 1–18446744073709551615, tai tyhjä, jolloin se arvotaan.</translation>
    </message>
    <message numerus="yes">
        <source>Drew %Ln item(s).</source>
        <translation>
            <numerusform>Arvottiin %Ln kohde.</numerusform>
            <numerusform>Arvottiin %Ln kohdetta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>week %1, %2</source>
        <translation>viikko %1, %2</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Puhelu %1</translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation>Chat-keskustelu %1</translation>
    </message>
    <message>
        <source>evaluated, %1 %</source>
        <translation>arvioitu, %1 %</translation>
    </message>
    <message>
        <source>evaluated</source>
        <translation>arvioitu</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>luonnos</translation>
    </message>
    <message>
        <source>to evaluate</source>
        <translation>arvioimatta</translation>
    </message>
    <message>
        <source>%1 of %2 evaluated</source>
        <translation>%1/%2 arvioitu</translation>
    </message>
    <message>
        <source>Not evaluated yet: quality managers evaluate it.</source>
        <translation>Ei vielä arvioitu: laatupäälliköt arvioivat sen.</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>puhelut</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>jono %1</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>saapuvat</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>lähtevät</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>sisäiset</translation>
    </message>
    <message>
        <source>%1 s or longer</source>
        <translation>vähintään %1 s</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>chat-keskustelut</translation>
    </message>
    <message>
        <source>chats on %1</source>
        <translation>chat-keskustelut kanavalla %1</translation>
    </message>
    <message>
        <source>%1 per agent and week</source>
        <translation>%1 asiakaspalvelijaa ja viikkoa kohden</translation>
    </message>
    <message>
        <source>evaluated left out</source>
        <translation>arvioidut jätetty pois</translation>
    </message>
    <message>
        <source>Calls and chats with a submitted evaluation are not drawn. With this on, the same seed draws other items once some of its items have been evaluated.</source>
        <translation>Puheluita ja chat-keskusteluja, joista on lähetetty arviointi, ei arvota. Kun tämä on valittuna, sama siemenluku arpoo muut kohteet, kun osa sen kohteista on arvioitu.</translation>
    </message>
    <message>
        <source>Draws again with the selected sample&apos;s filter and seed: the same items, if the register has not changed and (when evaluated ones are left out) none of them has been evaluated since.</source>
        <translation>Arpoo uudelleen valitun otoksen suodattimella ja siemenluvulla: samat kohteet, jos rekisteri ei ole muuttunut eikä (kun arvioidut jätetään pois) yhtäkään niistä ole sen jälkeen arvioitu.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Suodatin</translation>
    </message>
    <message numerus="yes">
        <source>In %n agent-week(s) there were fewer than %1 to draw from: all of them are in the queue.</source>
        <translation>
            <numerusform>%n asiakaspalvelijan viikolla arvottavia oli alle %1: kaikki ne ovat jonossa.</numerusform>
            <numerusform>%n asiakaspalvelijan viikolla arvottavia oli alle %1: kaikki ne ovat jonossa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matched the filter in these weeks.</source>
        <translation>Näillä viikoilla mikään ei vastannut suodatinta.</translation>
    </message>
    <message>
        <source>Calls and chats evaluated since the first draw are left out, so the queue can differ from it.</source>
        <translation>Ensimmäisen arvonnan jälkeen arvioidut puhelut ja chat-keskustelut jätetään pois, joten jono voi poiketa siitä.</translation>
    </message>
</context>
<context>
    <name>tallenne::ScorecardEditor</name>
    <message>
        <source>Never</source>
        <translation>Ei koskaan</translation>
    </message>
    <message>
        <source>On a failing answer</source>
        <translation>Hylätyssä vastauksessa</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ei otsikkoa)</translation>
    </message>
    <message>
        <source>(critical)</source>
        <translation>(kriittinen)</translation>
    </message>
    <message numerus="yes">
        <source>Total weight %1 in %Ln criteria; a criterion&apos;s share of the score is its weight of the total.</source>
        <translation>
            <numerusform>Painojen summa %1, %Ln arviointikohta; kohdan osuus tuloksesta on sen paino summasta.</numerusform>
            <numerusform>Painojen summa %1, %Ln arviointikohtaa; kohdan osuus tuloksesta on sen paino summasta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the total</source>
        <translation>%1 % kokonaispainosta</translation>
    </message>
    <message>
        <source>The criteria of this section weigh %1 of %2: %3 % of the score.</source>
        <translation>Tämän osion arviointikohtien paino on %1/%2: %3 % tuloksesta.</translation>
    </message>
    <message>
        <source>criterion %1.%2</source>
        <translation>kohta %1.%2</translation>
    </message>
    <message>
        <source>Scorecard: %1</source>
        <translation>Arviointilomake: %1</translation>
    </message>
    <message>
        <source>Section %1: %2</source>
        <translation>Osio %1: %2</translation>
    </message>
    <message>
        <source>Criterion %1.%2: %3</source>
        <translation>Arviointikohta %1.%2: %3</translation>
    </message>
</context>
<context>
    <name>tallenne::ScorecardPanel</name>
    <message>
        <source>This scorecard was changed elsewhere (now version %1). Your unsaved changes are kept: Save stores them over that change.</source>
        <translation>Tätä arviointilomaketta muutettiin muualla (nyt versio %1). Tallentamattomat muutoksesi säilyvät: Tallenna tallentaa ne sen muutoksen päälle.</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (poistettu käytöstä)</translation>
    </message>
    <message>
        <source>Retired: offered for no new evaluation.</source>
        <translation>Poistettu käytöstä: ei tarjolla uusiin arviointeihin.</translation>
    </message>
    <message>
        <source>New scorecard, not saved yet</source>
        <translation>Uusi arviointilomake, ei vielä tallennettu</translation>
    </message>
    <message>
        <source>Version %1 (latest) — %2</source>
        <translation>Versio %1 (uusin) – %2</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Versio %1 – %2</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Palauta k&amp;äyttöön</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Poista käyt&amp;östä</translation>
    </message>
    <message>
        <source>Version %1 is an earlier version: it is shown read-only. Evaluations made on it keep it.</source>
        <translation>Versio %1 on aiempi versio, ja se näytetään vain luettavana. Sillä tehdyt arvioinnit säilyttävät sen.</translation>
    </message>
    <message>
        <source>Only quality managers change scorecards: shown read-only.</source>
        <translation>Vain laatupäälliköt muuttavat arviointilomakkeita: näytetään vain luettavana.</translation>
    </message>
    <message>
        <source>This scorecard is retired: it is offered for no new evaluation.</source>
        <translation>Tämä arviointilomake on poistettu käytöstä: sitä ei tarjota uusiin arviointeihin.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>Save the changes to the new scorecard?</source>
        <translation>Tallennetaanko uuden arviointilomakkeen muutokset?</translation>
    </message>
    <message>
        <source>Save the changes to the scorecard “%1”?</source>
        <translation>Tallennetaanko arviointilomakkeen ”%1” muutokset?</translation>
    </message>
    <message>
        <source>A new scorecard: Save creates it.</source>
        <translation>Uusi arviointilomake: Tallenna luo sen.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Tallennettu versioksi %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved as a new version %1: the %n evaluation(s) made on version %2 keep it.</source>
        <translation>
            <numerusform>Tallennettu uudeksi versioksi %1: versiolla %2 tehty %n arviointi säilyttää sen.</numerusform>
            <numerusform>Tallennettu uudeksi versioksi %1: versiolla %2 tehdyt %n arviointia säilyttävät sen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a scorecard</source>
        <translation>Tuo arviointilomake</translation>
    </message>
    <message>
        <source>Scorecards (*.json)</source>
        <translation>Arviointilomakkeet (*.json)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>Tiedostoa %1 ei tuotu: %2</translation>
    </message>
    <message>
        <source>Imported “%1” from %2.</source>
        <translation>Arviointilomake ”%1” tuotiin tiedostosta %2.</translation>
    </message>
    <message>
        <source>Export the scorecard</source>
        <translation>Vie arviointilomake</translation>
    </message>
    <message>
        <source>The scorecard could not be written to %1: %2</source>
        <translation>Arviointilomaketta ei voitu kirjoittaa tiedostoon %1: %2</translation>
    </message>
    <message>
        <source>Exported version %1 of “%2” to %3.</source>
        <translation>Arviointilomakkeen ”%2” versio %1 vietiin tiedostoon %3.</translation>
    </message>
    <message>
        <source>Retired “%1”: it is offered for no new evaluation.</source>
        <translation>Arviointilomake ”%1” poistettiin käytöstä: sitä ei tarjota uusiin arviointeihin.</translation>
    </message>
    <message>
        <source>Reinstated “%1”.</source>
        <translation>Arviointilomake ”%1” palautettiin käyttöön.</translation>
    </message>
    <message>
        <source>Your unsaved changes are back: Save keeps them.</source>
        <translation>Tallentamattomat muutoksesi ovat tallella: Tallenna säilyttää ne.</translation>
    </message>
    <message numerus="yes">
        <source>used by %n evaluation(s), drafts and calibrations included</source>
        <translation>
            <numerusform>käytössä %n arvioinnissa luonnokset ja kalibroinnit mukaan lukien</numerusform>
            <numerusform>käytössä %n arvioinnissa luonnokset ja kalibroinnit mukaan lukien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tallenne::SubjectFinderPanel</name>
    <message>
        <source>Phone number</source>
        <translation>Puhelinnumero</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Personal identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Botti</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Järjestelmä</translation>
    </message>
    <message>
        <source>Find a person by what they tell you: a phone number, an e-mail address, a name, a personal identity code or a business ID, written any way they write it. You see their calls and chats together; check each before anything is handed over. Every search and every record you open is recorded in the audit trail.</source>
        <translation>Etsi henkilö sen tiedon perusteella, jonka hän antaa: puhelinnumero, sähköpostiosoite, nimi, henkilötunnus tai Y-tunnus, kirjoitettuna missä muodossa tahansa. Näet hänen puhelunsa ja chat-keskustelunsa yhdessä; tarkista jokainen ennen kuin annat hänelle tietoja tai jäljennöksen. Jokainen haku ja jokainen avaamasi tietue kirjataan tarkastuslokiin.</translation>
    </message>
    <message>
        <source>e.g. 040 111 2241</source>
        <translation>esim. 040 111 2241</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Pituus</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Type what to look for.</source>
        <translation>Kirjoita etsittävä tieto.</translation>
    </message>
    <message>
        <source>Calls from this number that are linked to no person found</source>
        <translation>Tämän numeron puhelut, joita ei ole linkitetty yhteenkään löydettyyn henkilöön</translation>
    </message>
    <message>
        <source> (processing restricted)</source>
        <translation> (käsittelyä rajoitettu)</translation>
    </message>
    <message>
        <source>outbound call</source>
        <translation>lähtevä puhelu</translation>
    </message>
    <message>
        <source>inbound call</source>
        <translation>saapuva puhelu</translation>
    </message>
    <message>
        <source>, recording: %1</source>
        <translation>, tallenne: %1</translation>
    </message>
    <message>
        <source>, leg %1 of %2</source>
        <translation>, osuus %1/%2</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat-keskustelu</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Henkilö %1</translation>
    </message>
    <message>
        <source>Processing of this person&apos;s data is restricted (GDPR art. 18).</source>
        <translation>Tämän henkilön tietojen käsittelyä on rajoitettu (tietosuoja-asetuksen 18 artikla).</translation>
    </message>
    <message>
        <source>These calls came from the number searched, but no person in the register is linked to them (several people share the number). Check them one by one.</source>
        <translation>Nämä puhelut tulivat haetusta numerosta, mutta niitä ei ole linkitetty kehenkään rekisterissä olevaan henkilöön (numero on usean henkilön yhteinen). Tarkista puhelut yksitellen.</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Puhelu %1</translation>
    </message>
    <message>
        <source>%1, agent %2, %3 s, %4</source>
        <translation>%1, asiakaspalvelija: %2, %3 s, %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei ketään</translation>
    </message>
    <message>
        <source>Press Enter or double-click the call to play its recording.</source>
        <translation>Toista tallenne painamalla Enteriä tai kaksoisnapsauttamalla puhelua.</translation>
    </message>
    <message>
        <source>Chat %1</source>
        <translation>Chat-keskustelu %1</translation>
    </message>
    <message>
        <source>Nobody in the register has this phone number.</source>
        <translation>Rekisterissä ei ole ketään, jolla on tämä puhelinnumero.</translation>
    </message>
    <message>
        <source>Nobody in the register has this e-mail address.</source>
        <translation>Rekisterissä ei ole ketään, jolla on tämä sähköpostiosoite.</translation>
    </message>
    <message>
        <source>Nobody in the register has this name.</source>
        <translation>Rekisterissä ei ole ketään tällä nimellä.</translation>
    </message>
    <message>
        <source>Nobody in the register has this personal identity code.</source>
        <translation>Rekisterissä ei ole ketään, jolla on tämä henkilötunnus.</translation>
    </message>
    <message>
        <source>Nobody in the register has this business ID.</source>
        <translation>Rekisterissä ei ole ketään, jolla on tämä Y-tunnus.</translation>
    </message>
    <message>
        <source>Nobody in the register has this address.</source>
        <translation>Rekisterissä ei ole ketään, jolla on tämä osoite.</translation>
    </message>
    <message numerus="yes">
        <source>Person %1: %Ln call(s)</source>
        <translation>
            <numerusform>Henkilö %1: %Ln puhelu</numerusform>
            <numerusform>Henkilö %1: %Ln puhelua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln chat(s)</source>
        <translation>
            <numerusform>, %Ln chat-keskustelu</numerusform>
            <numerusform>, %Ln chat-keskustelua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) found.</source>
        <translation>
            <numerusform>%Ln henkilö löytyi.</numerusform>
            <numerusform>%Ln henkilöä löytyi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln viesti</numerusform>
            <numerusform>%Ln viestiä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tallenne::TagDialog</name>
    <message>
        <source>(no label)</source>
        <translation>(ei nimikettä)</translation>
    </message>
    <message>
        <source>Edit a tag</source>
        <translation>Muokkaa merkintää</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mihinkään)</translation>
    </message>
    <message>
        <source>New playlist…</source>
        <translation>Uusi kuuntelulista…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Write the times as minutes and seconds, e.g. 1:05.2.</source>
        <translation>Kirjoita ajat minuutteina ja sekunteina, esim. 1:05.2.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>Lopun on oltava alun jälkeen.</translation>
    </message>
    <message>
        <source>The call lasts %1; the tag must end by then.</source>
        <translation>Puhelu kestää %1; merkinnän on päätyttävä siihen mennessä.</translation>
    </message>
    <message>
        <source>Give the new playlist a name.</source>
        <translation>Anna uudelle kuuntelulistalle nimi.</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>&amp;Tallenna silti</translation>
    </message>
</context>
<context>
    <name>tallenne::TagListPanel</name>
    <message>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alku</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Loppu</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nimike</translation>
    </message>
    <message>
        <source>Tagged by</source>
        <translation>Merkitsijä</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(ei nimikettä)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Call %1, %2 – %3, %4. Tagged by %5 on %6.</source>
        <translation>Puhelu %1, %2 – %3, %4. Merkinnyt %5 %6.</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>ei nimikettä</translation>
    </message>
    <message>
        <source>the tag %1 – %2 of call %3</source>
        <translation>puhelun %3 merkintä %1 – %2</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Poista merkintä</translation>
    </message>
    <message>
        <source>New label</source>
        <translation>Uusi nimike</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Nimike:</translation>
    </message>
    <message>
        <source>No tags yet. Open a call, select a moment on its waveform (drag, or [ and ]) and press Tag selection.</source>
        <translation>Merkintöjä ei vielä ole. Avaa puhelu, valitse kohta sen aaltomuodosta (vetämällä tai näppäimillä [ ja ]) ja paina Merkitse valinta.</translation>
    </message>
    <message>
        <source>No tags yet. Trainers tag moments of calls for coaching.</source>
        <translation>Merkintöjä ei vielä ole. Kouluttajat merkitsevät puheluista kohtia valmennusta varten.</translation>
    </message>
    <message>
        <source>Delete %1? It is also removed from every playlist that holds it.</source>
        <translation>Poistetaanko %1? Se poistetaan myös kaikilta kuuntelulistoilta, joilla se on.</translation>
    </message>
</context>
<context>
    <name>tallenne::UserDialog</name>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Käyttäjätunnus:</translation>
    </message>
    <message>
        <source>1 to 64 letters, digits, dots, underscores or hyphens; it is typed at login.</source>
        <translation>1–64 kirjainta, numeroa, pistettä, alaviivaa tai yhdysmerkkiä; se kirjoitetaan kirjautuessa.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <source>A role decides what the user may do and which keys they hold: a privacy officer holds the identifier, lookup and recordings keys.</source>
        <translation>Rooli määrää, mitä käyttäjä saa tehdä ja mitkä avaimet hänellä on: tietosuoja-asiantuntijalla on tunnistetieto-, haku- ja tallenneavain.</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>&amp;Alkusalasana:</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Uusi &amp;salasana:</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Toista salasana:</translation>
    </message>
    <message>
        <source>Also &amp;rotate the keys the user holds and the register key</source>
        <translation>&amp;Vaihda myös käyttäjän hallussa olevat avaimet ja rekisteriavain uusiin</translation>
    </message>
    <message>
        <source>Whatever was taken under the old password then opens nothing new. Everyone logged in must log in again.</source>
        <translation>Vanhalla salasanalla otettu ei silloin avaa mitään uutta. Kaikkien kirjautuneiden on kirjauduttava uudelleen.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Lisää käyttäjä</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Lisää käyttäjä</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Käyttäjän %1 roolit</translation>
    </message>
    <message>
        <source>&amp;Change roles</source>
        <translation>&amp;Muuta roolit</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Uusi salasana käyttäjälle %1</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>&amp;Aseta salasana</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Riittävän vahva.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Valitse vähintään yksi rooli.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Salasanat eroavat toisistaan: kirjoita sama salasana kahdesti.</translation>
    </message>
</context>
<context>
    <name>tallenne::WaveformWidget</name>
    <message>
        <source>Waveform</source>
        <translation>Aaltomuoto</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Asiakaspalvelija</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>Reading the waveform…</source>
        <translation>Luetaan aaltomuotoa…</translation>
    </message>
</context>
</TS>
