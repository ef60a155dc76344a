<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>BatchExport</name>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>UPC</source>
        <translation>CUP</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Redeemed on</source>
        <translation>Échangé le</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Succursale</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Cost per redemption</source>
        <translation>Coût par échange</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>BatchPdfWriter</name>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Retailer Free Goods Credit Batch %1</source>
        <translation>Lot de crédits de produits gratuits du détaillant %1</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Program / card</source>
        <translation>Programme / carte</translation>
    </message>
    <message>
        <source>UPC</source>
        <translation>CUP</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n redemption(s))</source>
        <translation>
            <numerusform>Total (%n échange)</numerusform>
            <numerusform>Total (%n échanges)</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;exportation a été annulée; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>BatchService</name>
    <message>
        <source>There is no batch number %1.</source>
        <translation>Aucun lot ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>Batch %1 is %2; it cannot become %3.</source>
        <translation>Le lot %1 est à l&apos;état «&#xa0;%2&#xa0;»; il ne peut pas passer à l&apos;état «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Batch %1 has no rewards to submit.</source>
        <translation>Le lot %1 ne contient aucune récompense à soumettre.</translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message>
        <source>There is no program card %1.</source>
        <translation>La carte de programme %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This would take back a reward that was already redeemed on “%1”. Undo that redemption first.</source>
        <translation>Cette opération retirerait une récompense déjà échangée sur «&#xa0;%1&#xa0;». Annulez d&apos;abord cet échange.</translation>
    </message>
</context>
<context>
    <name>CatalogDocument</name>
    <message>
        <source>is not an object</source>
        <translation>n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>the field “%1” is missing</source>
        <translation>le champ «&#xa0;%1&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>the field “%1” must be text</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>the field “%1” is empty</source>
        <translation>le champ «&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>the field “%1” must be a whole number of at least %2</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit être un nombre entier égal ou supérieur à %2</translation>
    </message>
    <message>
        <source>the field “%1” must be true or false</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>the field “%1” must be a date written YYYY-MM-DD</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit être une date au format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the field “%1” must be a list</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>the list “%1” must hold only non-empty text</source>
        <translation>la liste «&#xa0;%1&#xa0;» ne doit contenir que du texte non vide</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for “%2”</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur valide pour «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON (at character %1: %2).</source>
        <translation>Le catalogue n&apos;est pas du JSON valide (au caractère %1 : %2).</translation>
    </message>
    <message>
        <source>The catalog must be a JSON object.</source>
        <translation>Le catalogue doit être un objet JSON.</translation>
    </message>
    <message>
        <source>This file is not an Astro catalog (its “format” is not “astro-catalog”).</source>
        <translation>Ce fichier n&apos;est pas un catalogue Astro (son «&#xa0;format&#xa0;» n&apos;est pas «&#xa0;astro-catalog&#xa0;»).</translation>
    </message>
    <message>
        <source>This catalog is version %1; this Astro Counter reads version 1.</source>
        <translation>Ce catalogue est en version %1; cette version d&apos;Astro Counter ne lit que la version 1.</translation>
    </message>
    <message>
        <source>%1: must be a list</source>
        <translation>%1 : doit être une liste</translation>
    </message>
    <message>
        <source>the country must be “US” or “CA”</source>
        <translation>le pays doit être «&#xa0;US&#xa0;» ou «&#xa0;CA&#xa0;»</translation>
    </message>
    <message>
        <source>a tracking program must be retailer fulfilled</source>
        <translation>un programme de suivi doit avoir une réalisation par le détaillant</translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation>sa date de fin précède sa date de début</translation>
    </message>
    <message>
        <source>a program needs at least one card in “cards”</source>
        <translation>un programme doit avoir au moins une carte dans «&#xa0;cards&#xa0;»</translation>
    </message>
    <message>
        <source>Temporary Holding is built in and cannot be redefined</source>
        <translation>la Détention temporaire est prédéfinie et ne peut pas être redéfinie</translation>
    </message>
    <message>
        <source>The catalog was not imported: %1.</source>
        <translation>Le catalogue n&apos;a pas été importé : %1.</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>Cannot read the catalog file %1: %2</source>
        <translation>Impossible de lire le fichier de catalogue %1 : %2</translation>
    </message>
    <message>
        <source>The catalog was not imported: %1 names the manufacturer “%2”, which is not in the catalog.</source>
        <translation>Le catalogue n&apos;a pas été importé : %1 mentionne le fabricant «&#xa0;%2&#xa0;», qui ne figure pas dans le catalogue.</translation>
    </message>
    <message>
        <source>The catalog was not imported: %1 lists the UPC %2, which is not a product of the catalog.</source>
        <translation>Le catalogue n&apos;a pas été importé : %1 contient le CUP %2, qui ne correspond à aucun produit du catalogue.</translation>
    </message>
    <message>
        <source>The catalog was not imported: %1 already belongs to the program “%2”.</source>
        <translation>Le catalogue n&apos;a pas été importé : %1 appartient déjà au programme «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>L&apos;option --%1 exige une valeur.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Option inconnue : --%1.</translation>
    </message>
    <message>
        <source>The option --%1 is required here.</source>
        <translation>L&apos;option --%1 est obligatoire ici.</translation>
    </message>
    <message>
        <source>--%1 needs a number (got “%2”).</source>
        <translation>--%1 exige un nombre (reçu : «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Give the %1 number (got “%2”).</source>
        <translation>Indiquez le numéro %1 (reçu : «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Run “astro-counter-cli --help” for the list of commands.</source>
        <translation>Exécutez «&#xa0;astro-counter-cli --help&#xa0;» pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with “astro-counter-cli init”.</source>
        <translation>Aucune base de données n&apos;existe à l&apos;emplacement %1. Créez-en une avec «&#xa0;astro-counter-cli init&#xa0;».</translation>
    </message>
    <message>
        <source>This command changes data: sign in with --user NAME and --pin PIN (or ASTRO_USER and ASTRO_PIN).</source>
        <translation>Cette commande modifie des données : identifiez-vous avec --user NAME et --pin PIN (ou ASTRO_USER et ASTRO_PIN).</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue : «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The database %1 is already set up.</source>
        <translation>La base de données %1 est déjà configurée.</translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation>Base de données prête : %1</translation>
    </message>
    <message>
        <source>Use: catalog import FILE</source>
        <translation>Syntaxe : catalog import FILE</translation>
    </message>
    <message>
        <source>Imported %1 products, %2 programs with %3 cards, %4 offers and %5 distributors.</source>
        <translation>Importation terminée : %1 produits, %2 programmes comptant %3 cartes, %4 offres et %5 distributeurs.</translation>
    </message>
    <message>
        <source>%1 (customer %2) already has this phone or email. Add --allow-duplicate to add another account anyway.</source>
        <translation>%1 (client %2) a déjà ce numéro de téléphone ou ce courriel. Ajoutez --allow-duplicate pour créer quand même un autre compte.</translation>
    </message>
    <message>
        <source>Added customer %1: %2</source>
        <translation>Client %1 ajouté : %2</translation>
    </message>
    <message>
        <source>Use: customer find TEXT</source>
        <translation>Syntaxe : customer find TEXT</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>du client</translation>
    </message>
    <message>
        <source>Customer %1: %2
Phone: %3
Email: %4
</source>
        <translation>Client %1 : %2
Téléphone : %3
Courriel : %4
</translation>
    </message>
    <message numerus="yes">
        <source>  %1 — %2 of %3, %n reward(s) to redeem
</source>
        <translation>
            <numerusform>  %1 — %2 sur %3, %n récompense à échanger
</numerusform>
            <numerusform>  %1 — %2 sur %3, %n récompenses à échanger
</numerusform>
        </translation>
    </message>
    <message>
        <source>  redeemed %1: %2 (%3)%4
</source>
        <translation>  échangé le %1 : %2 (%3)%4
</translation>
    </message>
    <message>
        <source> — undone</source>
        <translation> — annulé</translation>
    </message>
    <message>
        <source>customer to keep</source>
        <translation>du client à conserver</translation>
    </message>
    <message>
        <source>duplicate customer</source>
        <translation>du client en double</translation>
    </message>
    <message>
        <source>Customer %1 was merged into %2.</source>
        <translation>Le client %1 a été fusionné avec le client %2.</translation>
    </message>
    <message>
        <source>Use: customer add|find|show|merge</source>
        <translation>Syntaxe : customer add|find|show|merge</translation>
    </message>
    <message>
        <source>Give at least one item: UPC[xQTY][@PRICE].</source>
        <translation>Indiquez au moins un article : UPC[xQTY][@PRICE].</translation>
    </message>
    <message>
        <source>--at needs an ISO-8601 time, like 2026-11-22T14:05:00-05:00.</source>
        <translation>--at exige une heure au format ISO 8601, par exemple 2026-11-22T14:05:00-05:00.</translation>
    </message>
    <message>
        <source>Use --reason.</source>
        <translation>Utilisez --reason.</translation>
    </message>
    <message>
        <source>%1 ×%2
</source>
        <translation>%1 ×%2
</translation>
    </message>
    <message>
        <source>  %1: %2 of %3</source>
        <translation>  %1 : %2 sur %3</translation>
    </message>
    <message>
        <source> — reward earned!</source>
        <translation> — récompense obtenue!</translation>
    </message>
    <message>
        <source>Offer redeemed: %1 (%2)
</source>
        <translation>Offre échangée : %1 (%2)
</translation>
    </message>
    <message>
        <source>Offer available in this visit: %1 (use --redeem-offer %2)
</source>
        <translation>Offre disponible pour cette visite : %1 (utilisez --redeem-offer %2)
</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulation : %1</translation>
    </message>
    <message>
        <source>Scan %1 voided.</source>
        <translation>Balayage %1 annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n reward(s) to redeem</source>
        <translation>
            <numerusform>%n récompense à échanger</numerusform>
            <numerusform>%n récompenses à échanger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n unité expirée</numerusform>
            <numerusform>%n unités expirées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no punches yet.</source>
        <translation>%1 n&apos;a encore aucun poinçon.</translation>
    </message>
    <message>
        <source>%1 — %2
%3
</source>
        <translation>%1 — %2
%3
</translation>
    </message>
    <message>
        <source>Redeemed %1 (redemption %2): %3.</source>
        <translation>%1 échangé (échange %2) : %3.</translation>
    </message>
    <message>
        <source>Redemption %1 undone.</source>
        <translation>Échange %1 annulé.</translation>
    </message>
    <message>
        <source>--status is open, closed, submitted or complete.</source>
        <translation>--status accepte open, closed, submitted ou complete.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>No batches.</source>
        <translation>Aucun lot.</translation>
    </message>
    <message>
        <source>Use: batch cadence weekly|biweekly|monthly</source>
        <translation>Syntaxe : batch cadence weekly|biweekly|monthly</translation>
    </message>
    <message>
        <source>New batches now follow a %1 cadence.</source>
        <translation>Les nouveaux lots seront maintenant créés %1.</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>du lot</translation>
    </message>
    <message>
        <source>Batch %1 — %2 — %3 — %4
</source>
        <translation>Lot %1 — %2 — %3 — %4
</translation>
    </message>
    <message>
        <source>Total: %1
</source>
        <translation>Total : %1
</translation>
    </message>
    <message>
        <source>--format is csv or pdf.</source>
        <translation>--format accepte csv ou pdf.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 exported to %2 (%n line(s)).</source>
        <translation>
            <numerusform>Lot %1 exporté vers %2 (%n ligne).</numerusform>
            <numerusform>Lot %1 exporté vers %2 (%n lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: batch show|export|close|submit|complete ID</source>
        <translation>Syntaxe : batch show|export|close|submit|complete ID</translation>
    </message>
    <message>
        <source>Batch %1 is now %2.</source>
        <translation>Le lot %1 est maintenant %2.</translation>
    </message>
    <message>
        <source>--status is held, uncredited, credited, reconciled or declined.</source>
        <translation>--status accepte held, uncredited, credited, reconciled ou declined.</translation>
    </message>
    <message>
        <source>No credits.</source>
        <translation>Aucun crédit.</translation>
    </message>
    <message>
        <source>redemption</source>
        <translation>de l&apos;échange</translation>
    </message>
    <message>
        <source>Use: credit mark ID credited|reconciled|declined</source>
        <translation>Syntaxe : credit mark ID credited|reconciled|declined</translation>
    </message>
    <message>
        <source>Use: credit resubmit|mark ID ...</source>
        <translation>Syntaxe : credit resubmit|mark ID ...</translation>
    </message>
    <message>
        <source>Redemption %1 is now %2.</source>
        <translation>L&apos;échange %1 est maintenant %2.</translation>
    </message>
    <message>
        <source>No enrollments.</source>
        <translation>Aucune inscription.</translation>
    </message>
    <message>
        <source>%1 at %2: %3 %4</source>
        <translation>%1 à %2 : %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n held redemption(s) sent to the distributor.</source>
        <translation>
            <numerusform>%n échange retenu transmis au distributeur.</numerusform>
            <numerusform>%n échanges retenus transmis au distributeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: enrollment list|set|held</source>
        <translation>Syntaxe : enrollment list|set|held</translation>
    </message>
    <message>
        <source>Use: distributors eligible --location L --program P</source>
        <translation>Syntaxe : distributors eligible --location L --program P</translation>
    </message>
    <message>
        <source>This program has no distributor to choose.</source>
        <translation>Aucun distributeur ne peut être choisi pour ce programme.</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Le journal de vérification est vide.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Use: user list|add|pin|role|disable|enable NAME</source>
        <translation>Syntaxe : user list|add|pin|role|disable|enable NAME</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Utilisateur %1 ajouté (%2).</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>Aucun utilisateur ne porte le nom %1.</translation>
    </message>
    <message>
        <source>--role is cashier, manager or admin.</source>
        <translation>--role accepte cashier, manager ou admin.</translation>
    </message>
    <message>
        <source>%1 updated.</source>
        <translation>Utilisateur %1 mis à jour.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n événement en attente d&apos;envoi.</numerusform>
            <numerusform>%n événements en attente d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: astro-counter-cli [--db FILE] [--json] [--user NAME --pin PIN] COMMAND ...

Store
  init [--demo] [--admin NAME --admin-pin PIN]   create the database (with the demo store)
  catalog import FILE                            import a catalog document
Customers
  customer add --first F --last L [--phone P] [--email E] [--allow-duplicate]
  customer find TEXT [--limit N] [--offset N]
  customer show ID
  customer merge KEEP_ID DUPLICATE_ID
Checkout
  scan --customer ID [--location L] [--at ISO-8601] [--reason R] [--transaction T]
       [--redeem-offer OFFER[:UPC]] UPC[xQTY][@PRICE]...
  void --scan ID
  cards --customer ID
  rewards --customer ID --card CARD
  redeem --customer ID --card CARD --upc UPC [--qty N] [--email E]
  undo --redemption ID [--reselect]
Retailer Free Goods Credit Batches
  batches [--status open|closed|submitted|complete] [--manufacturer M] [--location L]
  batch show|close|submit|complete ID
  batch export ID --format csv|pdf --out FILE
  batch cadence weekly|biweekly|monthly
Distributor credits
  credits [--status held|uncredited|credited|reconciled|declined] [--location L]
  credit resubmit ID --account N [--note TEXT]
  credit mark ID credited|reconciled|declined [--reason TEXT]
Enrollment
  enrollment list [--location L]
  enrollment set --location L --program P [--distributor D] [--account N]
  enrollment held
  distributors eligible --location L --program P
Administration
  audit [--search TEXT] [--limit N]
  user list | user add NAME --role ROLE --new-pin PIN | user pin NAME --new-pin PIN
  user role NAME --role ROLE | user disable NAME | user enable NAME
  events [--unsent] [--limit N]

Commands that change data need --user and --pin (or ASTRO_USER and ASTRO_PIN).
The database defaults to %1.
</source>
        <translation>Syntaxe : astro-counter-cli [--db FILE] [--json] [--user NAME --pin PIN] COMMAND ...

Magasin
  init [--demo] [--admin NAME --admin-pin PIN]   crée la base de données (avec le magasin de démonstration)
  catalog import FILE                            importe un document de catalogue
Clients
  customer add --first F --last L [--phone P] [--email E] [--allow-duplicate]
  customer find TEXT [--limit N] [--offset N]
  customer show ID
  customer merge KEEP_ID DUPLICATE_ID
Caisse
  scan --customer ID [--location L] [--at ISO-8601] [--reason R] [--transaction T]
       [--redeem-offer OFFER[:UPC]] UPC[xQTY][@PRICE]...
  void --scan ID
  cards --customer ID
  rewards --customer ID --card CARD
  redeem --customer ID --card CARD --upc UPC [--qty N] [--email E]
  undo --redemption ID [--reselect]
Lots de crédits de produits gratuits du détaillant
  batches [--status open|closed|submitted|complete] [--manufacturer M] [--location L]
  batch show|close|submit|complete ID
  batch export ID --format csv|pdf --out FILE
  batch cadence weekly|biweekly|monthly
Crédits des distributeurs
  credits [--status held|uncredited|credited|reconciled|declined] [--location L]
  credit resubmit ID --account N [--note TEXT]
  credit mark ID credited|reconciled|declined [--reason TEXT]
Inscription
  enrollment list [--location L]
  enrollment set --location L --program P [--distributor D] [--account N]
  enrollment held
  distributors eligible --location L --program P
Administration
  audit [--search TEXT] [--limit N]
  user list | user add NAME --role ROLE --new-pin PIN | user pin NAME --new-pin PIN
  user role NAME --role ROLE | user disable NAME | user enable NAME
  events [--unsent] [--limit N]

Les commandes qui modifient des données exigent --user et --pin (ou ASTRO_USER et ASTRO_PIN).
Base de données par défaut : %1.
</translation>
    </message>
    <message>
        <source>%1 already has users: sign in as an Admin and use “user add”.</source>
        <translation>%1 a déjà des utilisateurs : ouvrez une session en tant qu&apos;administrateur et utilisez «&#xa0;user add&#xa0;».</translation>
    </message>
    <message>
        <source>Use: user add NAME --role cashier|manager|admin --new-pin PIN</source>
        <translation>Syntaxe : user add NAME --role cashier|manager|admin --new-pin PIN</translation>
    </message>
</context>
<context>
    <name>CounterApp</name>
    <message>
        <source>Astro Counter</source>
        <translation>Astro Counter</translation>
    </message>
    <message>
        <source>Astro Loyalty frequent-buyer programs at the pet store counter.</source>
        <translation>Les programmes Acheteur fréquent d&apos;Astro Loyalty au comptoir de l&apos;animalerie.</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Le fichier de base de données (par défaut : %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Fill an empty database with the demo store.</source>
        <translation>Remplir une base de données vide avec le magasin de démonstration.</translation>
    </message>
    <message>
        <source>The language: en or fr_CA.</source>
        <translation>La langue : en ou fr_CA.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Close by itself after this many milliseconds.</source>
        <translation>Se fermer automatiquement après ce nombre de millisecondes.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Cannot open the database %1:
%2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 :
%2</translation>
    </message>
    <message>
        <source>The demo store could not be loaded:
%1</source>
        <translation>Le magasin de démonstration n&apos;a pas pu être chargé :
%1</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation>--quit-after exige un nombre de millisecondes.</translation>
    </message>
</context>
<context>
    <name>CreditService</name>
    <message>
        <source>This redemption was undone.</source>
        <translation>Cet échange a été annulé.</translation>
    </message>
    <message>
        <source>This credit is %1; it cannot become %2.</source>
        <translation>Ce crédit est à l&apos;état «&#xa0;%1&#xa0;»; il ne peut pas passer à l&apos;état «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Give the reason the credit was declined.</source>
        <translation>Indiquez la raison pour laquelle le crédit a été refusé.</translation>
    </message>
    <message>
        <source>Enter the corrected account number.</source>
        <translation>Entrez le numéro de compte corrigé.</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>First and last name are both required.</source>
        <translation>Le prénom et le nom sont tous deux obligatoires.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: give the 10 digits with the area code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone : indiquez les 10 chiffres, avec l&apos;indicatif régional.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>Give a phone number or an email, so the customer can be found again.</source>
        <translation>Indiquez un numéro de téléphone ou un courriel pour pouvoir retrouver le client.</translation>
    </message>
    <message>
        <source>There is no customer number %1.</source>
        <translation>Aucun client ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>Choisissez deux clients différents à fusionner.</translation>
    </message>
    <message>
        <source>One of these customers was already merged.</source>
        <translation>L&apos;un de ces clients a déjà été fusionné.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an Astro Counter database (or it is damaged).</source>
        <translation>%1 n&apos;est pas une base de données Astro Counter (ou elle est endommagée).</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Astro Counter (schema %2; this version knows up to %3). Update Astro Counter; the database was not changed.</source>
        <translation>La base de données %1 a été créée par une version plus récente d&apos;Astro Counter (schéma %2; cette version prend en charge jusqu&apos;au schéma %3). Mettez à jour Astro Counter; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database could not save or read data: %1</source>
        <translation>La base de données n&apos;a pas pu enregistrer ou lire des données : %1</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Astro Counter; it was not changed.</source>
        <translation>%1 est une base de données d&apos;un autre logiciel, et non d&apos;Astro Counter; elle n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The demo store goes into a new, empty database only.</source>
        <translation>Le magasin de démonstration ne peut être ajouté qu&apos;à une nouvelle base de données vide.</translation>
    </message>
    <message>
        <source>The demo store file is not valid.</source>
        <translation>Le fichier du magasin de démonstration n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The demo store file names an unknown user or customer.</source>
        <translation>Le fichier du magasin de démonstration mentionne un utilisateur ou un client inconnu.</translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>There is no location %1.</source>
        <translation>La succursale %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no program or offer %1.</source>
        <translation>Aucun programme ni aucune offre ne correspond à %1.</translation>
    </message>
    <message>
        <source>“%1” is not published in %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas publié pour la région %2.</translation>
    </message>
    <message>
        <source>“%1” is retailer fulfilled: the store claims its own credits, so it has no distributor.</source>
        <translation>La réalisation de «&#xa0;%1&#xa0;» est assurée par le détaillant : le magasin réclame lui-même ses crédits, il n&apos;y a donc aucun distributeur.</translation>
    </message>
    <message>
        <source>“%1” is direct fulfilled: the manufacturer credits the store, so it has no distributor.</source>
        <translation>La réalisation de «&#xa0;%1&#xa0;» est directe : le fabricant crédite le magasin, il n&apos;y a donc aucun distributeur.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s account number with the manufacturer.</source>
        <translation>Entrez le numéro de compte du magasin chez le fabricant.</translation>
    </message>
    <message>
        <source>Choose the distributor you buy this brand from, or Temporary Holding if it is not listed.</source>
        <translation>Choisissez le distributeur auprès duquel vous achetez cette marque, ou Détention temporaire s&apos;il ne figure pas dans la liste.</translation>
    </message>
    <message>
        <source>The distributor %1 cannot fulfill “%2” for %3: it does not serve this location or this program.</source>
        <translation>Le distributeur %1 ne peut pas assurer la réalisation de «&#xa0;%2&#xa0;» pour %3 : il ne dessert pas cette succursale ou ce programme.</translation>
    </message>
    <message>
        <source>%1 needs the store&apos;s account number.</source>
        <translation>%1 exige le numéro de compte du magasin.</translation>
    </message>
</context>
<context>
    <name>FulfillmentRouter</name>
    <message>
        <source>This location is not enrolled in “%1”.</source>
        <translation>Cette succursale n&apos;est pas inscrite à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Gtin</name>
    <message>
        <source>“%1” is not a barcode: it may contain only digits.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code-barres : il ne peut contenir que des chiffres.</translation>
    </message>
    <message>
        <source>Scan or type a barcode.</source>
        <translation>Balayez ou saisissez un code-barres.</translation>
    </message>
    <message>
        <source>The barcode %1 has a wrong check digit (it should end in %2). Scan it again or check the digits.</source>
        <translation>Le code-barres %1 a un chiffre de contrôle erroné (il devrait se terminer par %2). Balayez-le de nouveau ou vérifiez les chiffres.</translation>
    </message>
    <message>
        <source>%1 is not a barcode: UPC and EAN codes have 8, 12, 13 or 14 digits (this one has %2).</source>
        <translation>%1 n&apos;est pas un code-barres : les codes CUP et EAN comptent 8, 12, 13 ou 14 chiffres (celui-ci en compte %2).</translation>
    </message>
</context>
<context>
    <name>OfferService</name>
    <message numerus="yes">
        <source>Limit reached: %n per customer.</source>
        <translation>
            <numerusform>Limite atteinte : %n par client.</numerusform>
            <numerusform>Limite atteinte : %n par client.</numerusform>
        </translation>
    </message>
    <message>
        <source>This offer&apos;s cap for the whole program is reached.</source>
        <translation>Le plafond de cette offre pour l&apos;ensemble du programme est atteint.</translation>
    </message>
    <message>
        <source>There is no offer %1.</source>
        <translation>L&apos;offre %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>An offer is redeemed in the visit that earned it; this visit is finished.</source>
        <translation>Une offre s&apos;échange pendant la visite où elle a été obtenue; cette visite est terminée.</translation>
    </message>
    <message>
        <source>This visit does not qualify for that offer.</source>
        <translation>Cette visite ne donne pas droit à cette offre.</translation>
    </message>
    <message>
        <source>This visit&apos;s offer was already redeemed.</source>
        <translation>L&apos;offre de cette visite a déjà été échangée.</translation>
    </message>
    <message>
        <source>This offer needs the customer&apos;s email address.</source>
        <translation>Cette offre exige l&apos;adresse courriel du client.</translation>
    </message>
    <message>
        <source>%1 is not an item of the offer “%2”.</source>
        <translation>%1 ne fait pas partie des articles de l&apos;offre «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>This visit would no longer earn the offer “%1” it redeemed. Undo that redemption first.</source>
        <translation>Cette visite ne donnerait plus droit à l&apos;offre «&#xa0;%1&#xa0;», qui a déjà été échangée. Annulez d&apos;abord cet échange.</translation>
    </message>
    <message>
        <source>This visit would no longer earn an offer it redeemed. Undo that redemption first.</source>
        <translation>Cette visite ne donnerait plus droit à une offre déjà échangée. Annulez d&apos;abord cet échange.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse courriel.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>an Admin</source>
        <translation>un administrateur</translation>
    </message>
    <message>
        <source>a signed-in user</source>
        <translation>un utilisateur connecté</translation>
    </message>
    <message>
        <source>a Manager or an Admin</source>
        <translation>un gérant ou un administrateur</translation>
    </message>
    <message>
        <source>%1 is signed in as %2; only %3 may do this.</source>
        <translation>La session de %1 est ouverte en tant que %2; seul %3 peut effectuer cette opération.</translation>
    </message>
</context>
<context>
    <name>RedemptionService</name>
    <message>
        <source>There is no redemption number %1.</source>
        <translation>Aucun échange ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>There is no program card %1.</source>
        <translation>La carte de programme %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no program %1.</source>
        <translation>Le programme %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No reward is waiting on “%1” for this customer.</source>
        <translation>Aucune récompense n&apos;attend ce client sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Limit reached: %n reward(s) per customer on this card.</source>
        <translation>
            <numerusform>Limite atteinte : %n récompense par client sur cette carte.</numerusform>
            <numerusform>Limite atteinte : %n récompenses par client sur cette carte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Limit reached: this card&apos;s %n reward(s) for the whole program are all given.</source>
        <translation>
            <numerusform>Limite atteinte : cette carte est limitée à %n récompense pour l&apos;ensemble du programme, et elle a déjà été remise.</numerusform>
            <numerusform>Limite atteinte : cette carte est limitée à %n récompenses pour l&apos;ensemble du programme, et elles ont toutes été remises.</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer was merged into another one.</source>
        <translation>Ce client a été fusionné avec un autre.</translation>
    </message>
    <message>
        <source>This visit is finished or belongs to another customer.</source>
        <translation>Cette visite est terminée ou appartient à un autre client.</translation>
    </message>
    <message>
        <source>%1 cannot be given free on “%2”. %3</source>
        <translation>%1 ne peut pas être offert gratuitement sur «&#xa0;%2&#xa0;». %3</translation>
    </message>
    <message numerus="yes">
        <source>This reward has %n free unit(s) left.</source>
        <translation>
            <numerusform>Il reste %n unité gratuite pour cette récompense.</numerusform>
            <numerusform>Il reste %n unités gratuites pour cette récompense.</numerusform>
        </translation>
    </message>
    <message>
        <source>This redemption was already undone.</source>
        <translation>Cet échange a déjà été annulé.</translation>
    </message>
    <message>
        <source>This redemption was already credited by the distributor; it cannot be undone here.</source>
        <translation>Cet échange a déjà été crédité par le distributeur; il ne peut pas être annulé ici.</translation>
    </message>
    <message>
        <source>This redemption is in batch %1, which was already submitted to the brand.</source>
        <translation>Cet échange fait partie du lot %1, qui a déjà été soumis à la marque.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Un NIP compte de 4 à 12 chiffres.</translation>
    </message>
    <message>
        <source>There is no user number %1.</source>
        <translation>Aucun utilisateur ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>Wrong name or PIN.</source>
        <translation>Nom ou NIP incorrect.</translation>
    </message>
    <message>
        <source>The user %1 is disabled. Ask an Admin.</source>
        <translation>L&apos;utilisateur %1 est désactivé. Adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>Give the user a name.</source>
        <translation>Donnez un nom à l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Choose Cashier, Manager or Admin.</source>
        <translation>Choisissez Caissier, Gérant ou Administrateur.</translation>
    </message>
    <message>
        <source>The first user must be an Admin.</source>
        <translation>Le premier utilisateur doit être un administrateur.</translation>
    </message>
    <message>
        <source>There is already a user named %1.</source>
        <translation>Un utilisateur nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>%1 is the last Admin: make another user Admin first.</source>
        <translation>%1 est le dernier administrateur : attribuez d&apos;abord le rôle Administrateur à un autre utilisateur.</translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>“%1” is not an item: write UPC, UPCxQUANTITY or UPCxQUANTITY@PRICE (for example 012345678905x2@12.99).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un article : écrivez UPC, UPCxQUANTITY ou UPCxQUANTITY@PRICE (par exemple 012345678905x2@12.99).</translation>
    </message>
    <message>
        <source>There is no visit number %1.</source>
        <translation>Aucune visite ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>Choose this counter&apos;s location before checking out customers.</source>
        <translation>Choisissez la succursale de ce comptoir avant de passer des clients à la caisse.</translation>
    </message>
    <message>
        <source>%1 was merged into customer number %2; check out that customer.</source>
        <translation>Le dossier de %1 a été fusionné avec celui du client numéro %2; passez plutôt ce client à la caisse.</translation>
    </message>
    <message>
        <source>“%1” is in Temporary Holding at this location: the punch counts, but its credits are held until a Manager chooses a distributor.</source>
        <translation>«&#xa0;%1&#xa0;» est en Détention temporaire dans cette succursale : le poinçon compte, mais les crédits sont retenus jusqu&apos;à ce qu&apos;un gérant choisisse un distributeur.</translation>
    </message>
    <message>
        <source>%1 is not on any frequent buyer card.</source>
        <translation>%1 ne figure sur aucune carte Acheteur fréquent.</translation>
    </message>
    <message>
        <source>%1 is on “%2”, which this location is not enrolled in.</source>
        <translation>%1 figure sur «&#xa0;%2&#xa0;», mais cette succursale n&apos;y est pas inscrite.</translation>
    </message>
    <message>
        <source>%1 is on “%2”, which is not running on %3.</source>
        <translation>%1 figure sur «&#xa0;%2&#xa0;», qui n&apos;est pas en vigueur le %3.</translation>
    </message>
    <message>
        <source>This visit is finished; start a new one.</source>
        <translation>Cette visite est terminée; commencez-en une nouvelle.</translation>
    </message>
    <message>
        <source>No product has the UPC %1. Check the number, or search the item by name.</source>
        <translation>Aucun produit ne porte le CUP %1. Vérifiez le numéro ou recherchez l&apos;article par son nom.</translation>
    </message>
    <message>
        <source>%1 was withdrawn from the catalog.</source>
        <translation>%1 a été retiré du catalogue.</translation>
    </message>
    <message>
        <source>The quantity must be from 1 to 999.</source>
        <translation>La quantité doit être comprise entre 1 et 999.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Le prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The sale time %1 is in the future; check the POS clock.</source>
        <translation>L&apos;heure de la vente (%1) est dans le futur; vérifiez l&apos;horloge du système de caisse.</translation>
    </message>
    <message>
        <source>Choose why this item is added by hand: %1.</source>
        <translation>Indiquez pourquoi cet article est ajouté manuellement : %1.</translation>
    </message>
    <message>
        <source>There is no program card %1.</source>
        <translation>La carte de programme %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This location is not enrolled in the program of “%1”.</source>
        <translation>Cette succursale n&apos;est pas inscrite au programme de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no scan number %1.</source>
        <translation>Aucun balayage ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>This scan was already voided.</source>
        <translation>Ce balayage a déjà été annulé.</translation>
    </message>
    <message>
        <source>This visit is already finished.</source>
        <translation>Cette visite est déjà terminée.</translation>
    </message>
    <message>
        <source>This visit adds %1 punches to “%2”: give a reason (for example, converting a paper card).</source>
        <translation>Cette visite ajoute %1 poinçons à «&#xa0;%2&#xa0;» : indiquez une raison (par exemple, la conversion d&apos;une carte papier).</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Small</source>
        <translation>Petit</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grand</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Très grand</translation>
    </message>
    <message>
        <source>Distributor Fulfilled</source>
        <translation>Réalisation par le distributeur</translation>
    </message>
    <message>
        <source>Retailer Fulfilled</source>
        <translation>Réalisation par le détaillant</translation>
    </message>
    <message>
        <source>Direct Fulfilled</source>
        <translation>Réalisation directe</translation>
    </message>
    <message>
        <source>Any qualifying item</source>
        <translation>Tout article admissible</translation>
    </message>
    <message>
        <source>Lesser or equal value</source>
        <translation>Valeur égale ou inférieure</translation>
    </message>
    <message>
        <source>Same size</source>
        <translation>Même format</translation>
    </message>
    <message>
        <source>Purchased prior</source>
        <translation>Déjà acheté</translation>
    </message>
    <message>
        <source>Most frequent</source>
        <translation>Le plus souvent acheté</translation>
    </message>
    <message>
        <source>Any item on this card may be given free.</source>
        <translation>Tout article de cette carte peut être offert gratuitement.</translation>
    </message>
    <message>
        <source>The free item must cost no more than the cheapest item bought on this card.</source>
        <translation>L&apos;article gratuit ne doit pas coûter plus cher que l&apos;article le moins cher acheté sur cette carte.</translation>
    </message>
    <message>
        <source>The free item must be the same size as the items bought on this card.</source>
        <translation>L&apos;article gratuit doit être du même format que les articles achetés sur cette carte.</translation>
    </message>
    <message>
        <source>The free item must be one the customer bought on this card.</source>
        <translation>L&apos;article gratuit doit être un article que le client a acheté sur cette carte.</translation>
    </message>
    <message>
        <source>The free item must be the one the customer bought most often on this card.</source>
        <translation>L&apos;article gratuit doit être celui que le client a acheté le plus souvent sur cette carte.</translation>
    </message>
    <message>
        <source>Held (Temporary Holding)</source>
        <translation>Retenu (Détention temporaire)</translation>
    </message>
    <message>
        <source>Uncredited</source>
        <translation>Non crédité</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Crédité</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Rapproché</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>In a retailer batch</source>
        <translation>Dans un lot du détaillant</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Frequent Buyer</source>
        <translation>Acheteur fréquent</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Free goods</source>
        <translation>Produits gratuits</translation>
    </message>
    <message>
        <source>Rebate</source>
        <translation>Remise</translation>
    </message>
</context>
<context>
    <name>astro::ui::CheckoutWidget</name>
    <message>
        <source>Finish %1&apos;s visit before starting another customer&apos;s.</source>
        <translation>Terminez la visite de %1 avant de passer à un autre client.</translation>
    </message>
    <message>
        <source>%1 has a reward waiting on “%2”. Redeem it now or later.</source>
        <translation>%1 a une récompense en attente sur «&#xa0;%2&#xa0;». Échangez-la maintenant ou plus tard.</translation>
    </message>
    <message>
        <source>Visit started for %1. Scan the items.</source>
        <translation>Visite commencée pour %1. Balayez les articles.</translation>
    </message>
    <message>
        <source>Choose the customer first, then scan the items.</source>
        <translation>Choisissez d&apos;abord le client, puis balayez les articles.</translation>
    </message>
    <message>
        <source>Added %1 × %2.</source>
        <translation>Ajouté : %1 × %2.</translation>
    </message>
    <message>
        <source>Reward earned on “%1”!</source>
        <translation>Récompense obtenue sur «&#xa0;%1&#xa0;»!</translation>
    </message>
    <message>
        <source>“%1”: %2 of %3.</source>
        <translation>«&#xa0;%1&#xa0;» : %2 sur %3.</translation>
    </message>
    <message numerus="yes">
        <source>Offer “%1”: %n more to buy.</source>
        <translation>
            <numerusform>Offre «&#xa0;%1&#xa0;» : encore %n article à acheter.</numerusform>
            <numerusform>Offre «&#xa0;%1&#xa0;» : encore %n articles à acheter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer redeemed: %1.</source>
        <translation>Offre échangée : %1.</translation>
    </message>
    <message>
        <source>No reward is waiting on this customer&apos;s cards.</source>
        <translation>Aucune récompense n&apos;est en attente sur les cartes de ce client.</translation>
    </message>
    <message>
        <source>Redeemed: %1 free on “%2”.</source>
        <translation>Échange effectué sur «&#xa0;%2&#xa0;» : %1 sans frais.</translation>
    </message>
    <message>
        <source>Voided: %1.</source>
        <translation>Balayage annulé : %1.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Échange annulé : %1.</translation>
    </message>
    <message>
        <source>Visit finished for %1. Ready for the next customer.</source>
        <translation>Visite de %1 terminée. Prêt pour le client suivant.</translation>
    </message>
    <message>
        <source>No phone or email on file</source>
        <translation>Aucun téléphone ni courriel au dossier</translation>
    </message>
    <message>
        <source>No customer yet</source>
        <translation>Aucun client pour l&apos;instant</translation>
    </message>
    <message>
        <source>Find the customer on the left (%1), or add a new one (%2).</source>
        <translation>Recherchez le client à gauche (%1) ou ajoutez-en un nouveau (%2).</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <source>Finish visit</source>
        <translation>Terminer la visite</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Redeem reward…</source>
        <translation>Échanger la récompense…</translation>
    </message>
    <message>
        <source>Scanned this visit</source>
        <translation>Balayages de cette visite</translation>
    </message>
    <message>
        <source>Redeemed this visit</source>
        <translation>Échanges de cette visite</translation>
    </message>
</context>
<context>
    <name>astro::ui::CustomerCardsModel</name>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n poinçon expiré</numerusform>
            <numerusform>%n poinçons expirés</numerusform>
        </translation>
    </message>
    <message>
        <source>next on %1</source>
        <translation>prochain le %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Reward earned</source>
        <translation>Récompense obtenue</translation>
    </message>
    <message numerus="yes">
        <source>%n free units earned</source>
        <translation>
            <numerusform>%n unité gratuite obtenue</numerusform>
            <numerusform>%n unités gratuites obtenues</numerusform>
        </translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Punches expiring</source>
        <translation>Expiration des poinçons</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Récompense</translation>
    </message>
</context>
<context>
    <name>astro::ui::CustomerHistoryWidget</name>
    <message>
        <source>Undone: %1.</source>
        <translation>Échange annulé : %1.</translation>
    </message>
    <message>
        <source>Redeemed: %1 free on “%2”.</source>
        <translation>Échange effectué sur «&#xa0;%2&#xa0;» : %1 sans frais.</translation>
    </message>
    <message>
        <source>The customers were merged.</source>
        <translation>Les clients ont été fusionnés.</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>Historique du client</translation>
    </message>
    <message>
        <source>%1 · customer since %2</source>
        <translation>%1 · client depuis le %2</translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation>Aucun client choisi</translation>
    </message>
    <message>
        <source>Find a customer on the left to see their history.</source>
        <translation>Recherchez un client à gauche pour voir son historique.</translation>
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation>Fusionner les doublons…</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Redemptions (%1)</source>
        <translation>Échanges (%1)</translation>
    </message>
    <message>
        <source>Items of the selected visit</source>
        <translation>Articles de la visite sélectionnée</translation>
    </message>
</context>
<context>
    <name>astro::ui::CustomerLookup</name>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Type a name, a phone number or an email.</source>
        <translation>Entrez un nom, un numéro de téléphone ou un courriel.</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Rechercher un client</translation>
    </message>
    <message>
        <source>Name, phone or email</source>
        <translation>Nom, téléphone ou courriel</translation>
    </message>
</context>
<context>
    <name>astro::ui::CustomerRedemptionsModel</name>
    <message>
        <source>Offer: %1</source>
        <translation>Offre : %1</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>Annulé le %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Card or offer</source>
        <translation>Carte ou offre</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>Article gratuit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
</context>
<context>
    <name>astro::ui::CustomerVisitsModel</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unité</numerusform>
            <numerusform>%n unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n gratuit</numerusform>
            <numerusform>%n gratuits</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Succursale</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Servi par</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Achetés</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Offerts</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>astro::ui::FinishVisitDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Say why (required)</source>
        <translation>Précisez la raison (obligatoire)</translation>
    </message>
    <message>
        <source>Add a detail (optional)</source>
        <translation>Ajoutez une précision (facultatif)</translation>
    </message>
    <message>
        <source>Finish the visit</source>
        <translation>Terminer la visite</translation>
    </message>
    <message>
        <source>Several punches on one card</source>
        <translation>Plusieurs poinçons sur une même carte</translation>
    </message>
    <message>
        <source>This visit added more than one punch to these cards. Say why before finishing; the reason is kept with the visit.</source>
        <translation>Cette visite a ajouté plus d&apos;un poinçon à ces cartes. Indiquez pourquoi avant de terminer; la raison est conservée avec la visite.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unit(s)</source>
        <translation>
            <numerusform>%1 : %n unité</numerusform>
            <numerusform>%1 : %n unités</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Converting paper card</source>
        <translation>Conversion d&apos;une carte papier</translation>
    </message>
    <message>
        <source>Bought several at once</source>
        <translation>Achat de plusieurs articles à la fois</translation>
    </message>
    <message>
        <source>Food for several pets</source>
        <translation>Nourriture pour plusieurs animaux</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre raison</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Finish visit</source>
        <translation>Terminer la visite</translation>
    </message>
</context>
<context>
    <name>astro::ui::FirstUserDialog</name>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Les deux NIP ne sont pas identiques.</translation>
    </message>
    <message>
        <source>First Admin</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <source>This store has no users yet. The first one is an Admin, who can then add the others.</source>
        <translation>Ce magasin n&apos;a encore aucun utilisateur. Le premier est un administrateur, qui pourra ensuite ajouter les autres.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Confirmer le NIP</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>astro::ui::HoldingWarningDialog</name>
    <message>
        <source>Temporary Holding</source>
        <translation>Détention temporaire</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) in Temporary Holding at %1</source>
        <translation>
            <numerusform>%n programme en Détention temporaire à %1</numerusform>
            <numerusform>%n programmes en Détention temporaire à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Punches still count, but the credits for these programs&apos; redemptions are held and sent to no distributor.</source>
        <translation>Les poinçons comptent toujours, mais les crédits des échanges de ces programmes sont retenus et ne sont transmis à aucun distributeur.</translation>
    </message>
    <message>
        <source>Choose the distributor you buy these brands from in the enrollment; every held redemption then goes to it.</source>
        <translation>Dans l&apos;inscription, choisissez le distributeur auprès duquel vous achetez ces marques; tous les échanges retenus lui seront alors transmis.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>J&apos;ai compris</translation>
    </message>
</context>
<context>
    <name>astro::ui::MainWindow</name>
    <message>
        <source>Astro Counter</source>
        <translation>Astro Counter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>astro::ui::MergeCustomerDialog</name>
    <message>
        <source>Merge duplicates</source>
        <translation>Fusionner les doublons</translation>
    </message>
    <message>
        <source>Find the duplicate of %1 (%2). Its visits, punches, rewards and redemptions will move to %1.</source>
        <translation>Recherchez le doublon de %1 (%2). Ses visites, poinçons, récompenses et échanges seront transférés à %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Merge these customers?</source>
        <translation>Fusionner ces clients?</translation>
    </message>
    <message>
        <source>%1 (%2) will be merged into %3 (%4), with all their history. %1 then no longer appears in searches. This cannot be undone here.</source>
        <translation>Le dossier de %1 (%2) et tout son historique seront fusionnés avec celui de %3 (%4). %1 n&apos;apparaîtra ensuite plus dans les recherches. Cette opération ne peut pas être annulée ici.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>astro::ui::NewCustomerDialog</name>
    <message numerus="yes">
        <source>%n customer(s) already have this phone or email. Use one of them, or add %1 anyway (for example someone of the same household).</source>
        <translation>
            <numerusform>%n client a déjà ce numéro de téléphone ou ce courriel. Utilisez ce client ou ajoutez quand même %1 (par exemple, une personne du même foyer).</numerusform>
            <numerusform>%n clients ont déjà ce numéro de téléphone ou ce courriel. Utilisez l&apos;un d&apos;eux ou ajoutez quand même %1 (par exemple, une personne du même foyer).</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 chiffres</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <source>First and last name are required, and a phone or an email.</source>
        <translation>Le prénom et le nom sont obligatoires, ainsi qu&apos;un téléphone ou un courriel.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add customer</source>
        <translation>Ajouter le client</translation>
    </message>
    <message>
        <source>Already a customer?</source>
        <translation>Déjà client?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Ajouter quand même</translation>
    </message>
    <message>
        <source>Use this customer</source>
        <translation>Utiliser ce client</translation>
    </message>
</context>
<context>
    <name>astro::ui::OfferDialog</name>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Offer: %1</source>
        <translation>Offre : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 off, earned in this visit: %n time(s).</source>
        <translation>
            <numerusform>Remise de %1 : offre obtenue %n fois pendant cette visite.</numerusform>
            <numerusform>Remise de %1 : offre obtenue %n fois pendant cette visite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %1, get %2 free: %n free deal(s) earned in this visit.</source>
        <translation>
            <numerusform>Achetez-en %1, obtenez-en %2 gratuitement : offre obtenue %n fois pendant cette visite.</numerusform>
            <numerusform>Achetez-en %1, obtenez-en %2 gratuitement : offre obtenue %n fois pendant cette visite.</numerusform>
        </translation>
    </message>
    <message>
        <source>The item the rebate is taken off</source>
        <translation>L&apos;article auquel s&apos;applique la remise</translation>
    </message>
    <message>
        <source>Choose the free item</source>
        <translation>Choisissez l&apos;article gratuit</translation>
    </message>
    <message>
        <source>Customer email (required)</source>
        <translation>Courriel du client (obligatoire)</translation>
    </message>
    <message>
        <source>Redeem offer</source>
        <translation>Échanger l&apos;offre</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>astro::ui::ProductChoiceModel</name>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>UPC</source>
        <translation>CUP</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
</context>
<context>
    <name>astro::ui::RedeemDialog</name>
    <message>
        <source>Redeem a reward</source>
        <translation>Échanger une récompense</translation>
    </message>
    <message>
        <source>Choose the free item</source>
        <translation>Choisissez l&apos;article gratuit</translation>
    </message>
    <message>
        <source>Free units</source>
        <translation>Unités gratuites</translation>
    </message>
    <message>
        <source>Customer email</source>
        <translation>Courriel du client</translation>
    </message>
    <message>
        <source>Optional: for the brand&apos;s records</source>
        <translation>Facultatif : pour les dossiers de la marque</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Échanger</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rule: %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Règle : %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>No item of this card fits its rule right now.</source>
        <translation>Aucun article de cette carte ne respecte sa règle pour le moment.</translation>
    </message>
</context>
<context>
    <name>astro::ui::ScanBar</name>
    <message>
        <source>Scan or type a UPC</source>
        <translation>Balayez ou saisissez un CUP</translation>
    </message>
    <message>
        <source>e.g. 012345678905</source>
        <translation>p. ex. 012345678905</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Or find an item by name</source>
        <translation>Ou recherchez un article par son nom</translation>
    </message>
    <message>
        <source>Words of the description</source>
        <translation>Mots de la description</translation>
    </message>
</context>
<context>
    <name>astro::ui::SessionStatusBar</name>
    <message>
        <source>No location chosen</source>
        <translation>Aucune succursale choisie</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Succursale : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Aucune session ouverte</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Toutes les modifications sont envoyées</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet</source>
        <translation>
            <numerusform>%n modification pas encore envoyée</numerusform>
            <numerusform>%n modifications pas encore envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) in Temporary Holding</source>
        <translation>
            <numerusform>%n programme en Détention temporaire</numerusform>
            <numerusform>%n programmes en Détention temporaire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::SettingsDialog</name>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Astro Counter database (*.sqlite)</source>
        <translation>Base de données Astro Counter (*.sqlite)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>Ce comptoir</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Lock after (minutes without use)</source>
        <translation>Verrouiller après (minutes d&apos;inactivité)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Scanner: most time between keystrokes</source>
        <translation>Lecteur : délai maximal entre deux touches</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>A barcode scanner types a whole code faster than this; a person typing never does.</source>
        <translation>Un lecteur de codes-barres saisit un code complet en moins de temps; une personne au clavier, jamais.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>A new database file is used from the next start.</source>
        <translation>Un nouveau fichier de base de données sera utilisé au prochain démarrage.</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Fichier actuel : %1</translation>
    </message>
    <message>
        <source>Store (Manager and Admin)</source>
        <translation>Magasin (gérant et administrateur)</translation>
    </message>
    <message>
        <source>Counter location</source>
        <translation>Succursale du comptoir</translation>
    </message>
    <message>
        <source>Retailer batches close</source>
        <translation>Fermeture des lots du détaillant</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>astro::ui::SignInWidget</name>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>Choisissez d&apos;abord votre nom dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de NIP incorrects. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de NIP incorrects. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Astro Counter</source>
        <translation>Astro Counter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>Choose your name, then type your PIN.</source>
        <translation>Choisissez votre nom, puis entrez votre NIP.</translation>
    </message>
    <message>
        <source>Who is at the counter?</source>
        <translation>Qui est au comptoir?</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Votre NIP</translation>
    </message>
    <message>
        <source>Nobody can sign in yet. Create the store&apos;s first Admin to start.</source>
        <translation>Personne ne peut encore ouvrir de session. Pour commencer, créez le premier administrateur du magasin.</translation>
    </message>
    <message>
        <source>Create the first Admin…</source>
        <translation>Créer le premier administrateur…</translation>
    </message>
    <message>
        <source>This counter has no location yet.</source>
        <translation>Ce comptoir n&apos;a pas encore de succursale.</translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation>Comptoir : %1</translation>
    </message>
</context>
<context>
    <name>astro::ui::UndoRedemptionDialog</name>
    <message>
        <source>Undo a redemption</source>
        <translation>Annuler un échange</translation>
    </message>
    <message>
        <source>Undo this redemption?</source>
        <translation>Annuler cet échange?</translation>
    </message>
    <message>
        <source>%1 × %2, on “%3”.</source>
        <translation>%1 × %2, sur «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Remove it and choose another item</source>
        <translation>Le retirer et choisir un autre article</translation>
    </message>
    <message>
        <source>Remove it only (the reward stays available)</source>
        <translation>Le retirer seulement (la récompense reste disponible)</translation>
    </message>
    <message>
        <source>Nothing is deleted: the undo is recorded with your name.</source>
        <translation>Rien n&apos;est supprimé : l&apos;annulation est enregistrée à votre nom.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler l&apos;échange</translation>
    </message>
</context>
<context>
    <name>astro::ui::VisitRedemptionsModel</name>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Free item</source>
        <translation>Article gratuit</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
</context>
<context>
    <name>astro::ui::VisitScansModel</name>
    <message>
        <source>%1 (added by hand)</source>
        <translation>%1 (ajouté manuellement)</translation>
    </message>
    <message>
        <source>Offer only</source>
        <translation>Offre seulement</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 · UPC %2 · %3</source>
        <translation>%1 · CUP %2 · %3</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Punched</source>
        <translation>Cartes poinçonnées</translation>
    </message>
</context>
</TS>
