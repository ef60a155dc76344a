<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>ApiClient</name>
    <message>
        <source>“%1” is not a server address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse de serveur.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http:// is only allowed for this computer).</source>
        <translation>L’adresse du serveur doit commencer par https:// (le simple http:// n’est permis que pour cet ordinateur).</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>Le serveur n’a pas répondu dans un délai de %1 secondes.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check the sync settings.</source>
        <translation>Le serveur a refusé le nom d’utilisateur ou le mot de passe. Vérifiez les paramètres de synchronisation.</translation>
    </message>
    <message>
        <source>The server gave an unusable answer to the sign-in (HTTP %1).</source>
        <translation>Le serveur a donné une réponse inutilisable à l’ouverture de session (HTTP %1).</translation>
    </message>
    <message>
        <source>The server asked to sign in again.</source>
        <translation>Le serveur demande d’ouvrir une nouvelle session.</translation>
    </message>
    <message>
        <source>The server gave an unusable answer to %1 (HTTP %2).</source>
        <translation>Le serveur a donné une réponse inutilisable à %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The server refused the request %1: %2</source>
        <translation>Le serveur a refusé la requête %1 : %2</translation>
    </message>
    <message>
        <source>The server failed on %1: %2</source>
        <translation>Le serveur a échoué sur %1 : %2</translation>
    </message>
    <message>
        <source>The sync was stopped before the server answered.</source>
        <translation>La synchronisation a été arrêtée avant la réponse du serveur.</translation>
    </message>
    <message>
        <source>The server has no endpoint %1.</source>
        <translation>Le serveur n’a pas de point d’accès %1.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MB, more than any answer should be: it was refused. Try again later.</source>
        <translation>La réponse du serveur dépassait %1 Mo, plus qu’aucune réponse ne devrait faire : elle a été refusée. Réessayez plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>The server answered too slowly: the request was given up after %n second(s). Try again later.</source>
        <translation>
            <numerusform>Le serveur a répondu trop lentement : la requête a été abandonnée après %n seconde. Réessayez plus tard.</numerusform>
            <numerusform>Le serveur a répondu trop lentement : la requête a été abandonnée après %n secondes. Réessayez plus tard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>The audit log is empty.</source>
        <translation>Le journal de vérification est vide.</translation>
    </message>
</context>
<context>
    <name>AuditExportJob</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Succursale</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Enrollment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Distributor credit</source>
        <translation>Crédit du distributeur</translation>
    </message>
    <message>
        <source>Redemption undone</source>
        <translation>Échange défait</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Program request</source>
        <translation>Demande de programme</translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation>Conflit de synchronisation</translation>
    </message>
    <message>
        <source>Credit status</source>
        <translation>État du crédit</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributeur</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Batch cadence</source>
        <translation>Cadence des lots</translation>
    </message>
    <message>
        <source>Sync server</source>
        <translation>Serveur de synchronisation</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Défait</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialisé</translation>
    </message>
    <message>
        <source>Removed only</source>
        <translation>Retiré seulement</translation>
    </message>
    <message>
        <source>Removed and reselected</source>
        <translation>Retiré et choisi de nouveau</translation>
    </message>
    <message>
        <source>Temporary Holding</source>
        <translation>Mise en attente (Temporary Holding)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Redemption %1</source>
        <translation>Échange %1</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lot %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Store settings</source>
        <translation>Réglages du magasin</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Demande %1</translation>
    </message>
    <message>
        <source>Conflict %1</source>
        <translation>Conflit %1</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Ouverture de session</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>Ouverture de session verrouillée</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>NIP erroné</translation>
    </message>
    <message>
        <source>Refused: locked</source>
        <translation>Refusée : verrouillée</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillée</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier des sauvegardes %1.</translation>
    </message>
    <message>
        <source>The backup %1 already exists.</source>
        <translation>La sauvegarde %1 existe déjà.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Impossible d’écrire la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>La sauvegarde n’a pas pu être faite : %1</translation>
    </message>
    <message>
        <source>The backup was made but failed its check, so it was not kept: %1</source>
        <translation>La sauvegarde a été faite, mais elle n’a pas passé la vérification; elle n’a donc pas été gardée : %1</translation>
    </message>
    <message>
        <source>Cannot name the backup %1.</source>
        <translation>Impossible de nommer la sauvegarde %1.</translation>
    </message>
    <message>
        <source>The backup %1 disappeared.</source>
        <translation>La sauvegarde %1 a disparu.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not an Astro Counter backup (or it is damaged).</source>
        <translation>%1 n’est pas une sauvegarde d’Astro Counter (ou elle est endommagée).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagé : %2</translation>
    </message>
    <message>
        <source>%1 is not an Astro Counter database.</source>
        <translation>%1 n’est pas une base de données d’Astro Counter.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Astro Counter (schema %2; this version knows up to %3).</source>
        <translation>%1 a été fait par une version plus récente d’Astro Counter (schéma %2; cette version connaît jusqu’au %3).</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>No backups in %1 yet.</source>
        <translation>Aucune sauvegarde dans %1 pour l’instant.</translation>
    </message>
    <message>
        <source>--keep-days is a number of days.</source>
        <translation>--keep-days est un nombre de jours.</translation>
    </message>
    <message numerus="yes">
        <source>Backups go to %1 and are kept %n day(s).</source>
        <translation>
            <numerusform>Les sauvegardes vont dans %1 et sont gardées %n jour.</numerusform>
            <numerusform>Les sauvegardes vont dans %1 et sont gardées %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up and checked: %1 (%2)</source>
        <translation>Sauvegardé et vérifié : %1 (%2)</translation>
    </message>
    <message>
        <source>Use: backup [list|settings]</source>
        <translation>Utilisation : backup [list|settings]</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Keep backups from 1 to %1 days.</source>
        <translation>Gardez les sauvegardes de 1 à %1 jours.</translation>
    </message>
    <message>
        <source>The backup folder must be a full path, like /media/usb/backups.</source>
        <translation>Le dossier des sauvegardes doit être un chemin complet, comme /media/usb/sauvegardes.</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
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
        <source>Batch %1 is now %2.</source>
        <translation>Le lot %1 est maintenant %2.</translation>
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
        <source>Use: batch show|export|close|submit|complete ID</source>
        <translation>Syntaxe : batch show|export|close|submit|complete ID</translation>
    </message>
</context>
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
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>BatchExportJob</name>
    <message>
        <source>The printer could not start printing.</source>
        <translation>L’imprimante n’a pas pu commencer l’impression.</translation>
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
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’exportation a été annulée; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Succursale</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>%1 (%2 free units)</source>
        <translation>%1 (%2 unités gratuites)</translation>
    </message>
    <message>
        <source>Total to credit</source>
        <translation>Total à créditer</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n redemption(s)</source>
        <translation>
            <numerusform>Total : %n échange</numerusform>
            <numerusform>Total : %n échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>Retailer Free Goods Credit Batch %1 — %2</source>
        <translation>Lot de crédits de produits gratuits du détaillant %1 — %2</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>L’imprimante a refusé une nouvelle page.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
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
        <translation>Le lot %1 est à l’état «&#xa0;%2&#xa0;»; il ne peut pas passer à l’état «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Batch %1 has no rewards to submit.</source>
        <translation>Le lot %1 ne contient aucune récompense à soumettre.</translation>
    </message>
</context>
<context>
    <name>BatchesCommand</name>
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
</context>
<context>
    <name>BridgeCommand</name>
    <message>
        <source>--port is a number from 1024 to 65535.</source>
        <translation>--port est un nombre de 1024 à 65535.</translation>
    </message>
    <message>
        <source>POS bridge: %1, port %2, sales folder %3, follow the POS: %4</source>
        <translation>Passerelle PDV : %1, port %2, dossier des ventes %3, suivre le PDV : %4</translation>
    </message>
    <message>
        <source>on</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>off</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Use: bridge [settings]</source>
        <translation>Syntaxe : bridge [settings]</translation>
    </message>
</context>
<context>
    <name>BridgeSettings</name>
    <message>
        <source>Choose a port from 1024 to 65535 for the POS bridge.</source>
        <translation>Choisissez un port de 1024 à 65535 pour la passerelle PDV.</translation>
    </message>
</context>
<context>
    <name>CardService</name>
    <message>
        <source>There is no program card %1.</source>
        <translation>La carte de programme %1 n’existe pas.</translation>
    </message>
    <message>
        <source>This would take back a reward that was already redeemed on “%1”. Undo that redemption first.</source>
        <translation>Cette opération retirerait une récompense déjà échangée sur «&#xa0;%1&#xa0;». Défaites d’abord cet échange.</translation>
    </message>
</context>
<context>
    <name>CardsCommand</name>
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
        <translation>%1 n’a encore aucun poinçon.</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>Imported %1 products, %2 programs with %3 cards, %4 offers and %5 distributors.</source>
        <translation>Importation terminée : %1 produits, %2 programmes comptant %3 cartes, %4 offres et %5 distributeurs.</translation>
    </message>
    <message>
        <source>Use: catalog import FILE</source>
        <translation>Syntaxe : catalog import FILE</translation>
    </message>
</context>
<context>
    <name>CatalogDocument</name>
    <message>
        <source>is not an object</source>
        <translation>n’est pas un objet</translation>
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
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur valide pour «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON (at character %1: %2).</source>
        <translation>Le catalogue n’est pas du JSON valide (au caractère %1 : %2).</translation>
    </message>
    <message>
        <source>The catalog must be a JSON object.</source>
        <translation>Le catalogue doit être un objet JSON.</translation>
    </message>
    <message>
        <source>This file is not an Astro catalog (its “format” is not “astro-catalog”).</source>
        <translation>Ce fichier n’est pas un catalogue Astro (son «&#xa0;format&#xa0;» n’est pas «&#xa0;astro-catalog&#xa0;»).</translation>
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
        <translation>la mise en attente est prédéfinie et ne peut pas être redéfinie</translation>
    </message>
    <message>
        <source>The catalog was not imported: %1.</source>
        <translation>Le catalogue n’a pas été importé : %1.</translation>
    </message>
    <message>
        <source>The catalog&apos;s “version” must be the number 1 (written without quotes), not %1.</source>
        <translation>La «&#xa0;version&#xa0;» du catalogue doit être le nombre 1 (écrit sans guillemets), et non %1.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absente</translation>
    </message>
    <message>
        <source>This catalog is version %1, made for a newer Astro Counter: this one reads version 1 only. Update Astro Counter, or ask for a version 1 catalog.</source>
        <translation>Ce catalogue est en version %1, faite pour un Astro Counter plus récent : celui-ci ne lit que la version 1. Mettez Astro Counter à jour, ou demandez un catalogue en version 1.</translation>
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
        <translation>Le catalogue n’a pas été importé : %1 mentionne le fabricant «&#xa0;%2&#xa0;», qui ne figure pas dans le catalogue.</translation>
    </message>
    <message>
        <source>The catalog was not imported: %1 lists the UPC %2, which is not a product of the catalog.</source>
        <translation>Le catalogue n’a pas été importé : %1 contient le CUP %2, qui ne correspond à aucun produit du catalogue.</translation>
    </message>
    <message>
        <source>The catalog was not imported: %1 already belongs to the program “%2”.</source>
        <translation>Le catalogue n’a pas été importé : %1 appartient déjà au programme «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>L’option --%1 exige une valeur.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Option inconnue : --%1.</translation>
    </message>
    <message>
        <source>Run “astro-counter-cli --help” for the list of commands.</source>
        <translation>Exécutez «&#xa0;astro-counter-cli --help&#xa0;» pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue : «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A password is never given on the command line: use --password-stdin or the environment variable ASTRO_SYNC_PASSWORD.</source>
        <translation>Un mot de passe ne se donne jamais sur la ligne de commande : utilisez --password-stdin ou la variable d’environnement ASTRO_SYNC_PASSWORD.</translation>
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
       [--redeem-offer OFFER[:UPC]]... [--email E]
       [--exception-card CARD --exception-reason REASON] UPC[xQTY][@PRICE]...
  void --scan ID
  cards --customer ID
  rewards --customer ID --card CARD
  redeem --customer ID --card CARD --upc UPC [--qty N] [--email E]
  undo --redemption ID [--reselect]
Retailer Free Goods Credit Batches
  batches [--status open|closed|submitted|complete] [--manufacturer M] [--location L]
          [--from DATE] [--to DATE]
  batch show|close|submit|complete ID
  batch export ID --format csv|pdf --out FILE
  batch cadence weekly|biweekly|monthly
Distributor credits
  credits [--status held|uncredited|credited|reconciled|declined] [--location L]
          [--distributor D] [--manufacturer M] [--limit N]
  credit resubmit ID --account N [--note TEXT]
  credit mark ID credited|reconciled|declined [--reason TEXT]
Enrollment
  enrollment list [--location L]
  enrollment set --location L --program P [--distributor D] [--account N]
  enrollment held [--location L]
  distributors eligible --location L --program P
Administration
  audit [--search TEXT] [--limit N]
  user list | user add NAME --role ROLE --new-pin PIN | user pin NAME --new-pin PIN
  user role NAME --role ROLE | user disable NAME | user enable NAME
  user unlock NAME
  events [--unsent] [--limit N]
Sync with the Astro server
  sync                                           send and receive changes now
  sync setup --url URL --sync-user NAME [--client-id ID] [--password-stdin] [--no-verify]
  sync status | sync conflicts [--all] | sync resolve ID
POS bridge (Astro&apos;s API for a point of sale, on 127.0.0.1)
  bridge [--port N] [--sales-folder DIR]          run it here until stopped
  bridge settings [--enable|--disable] [--port N] [--sales-folder DIR]
                  [--follow|--no-follow]
  pos-user list | pos-user add NAME --client-id ID [--password-stdin]
  pos-user password NAME [--password-stdin] | pos-user remove NAME
Backups
  backup                                         back up now (a checked copy)
  backup list | backup settings [--folder DIR] [--keep-days N]
  restore FILE [--yes]                           put a backup back (close the app first)

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
       [--redeem-offer OFFER[:UPC]]... [--email E]
       [--exception-card CARD --exception-reason REASON] UPC[xQTY][@PRICE]...
  void --scan ID
  cards --customer ID
  rewards --customer ID --card CARD
  redeem --customer ID --card CARD --upc UPC [--qty N] [--email E]
  undo --redemption ID [--reselect]
Lots de crédits de produits gratuits du détaillant
  batches [--status open|closed|submitted|complete] [--manufacturer M] [--location L]
          [--from DATE] [--to DATE]
  batch show|close|submit|complete ID
  batch export ID --format csv|pdf --out FILE
  batch cadence weekly|biweekly|monthly
Crédits des distributeurs
  credits [--status held|uncredited|credited|reconciled|declined] [--location L]
          [--distributor D] [--manufacturer M] [--limit N]
  credit resubmit ID --account N [--note TEXT]
  credit mark ID credited|reconciled|declined [--reason TEXT]
Inscription
  enrollment list [--location L]
  enrollment set --location L --program P [--distributor D] [--account N]
  enrollment held [--location L]
  distributors eligible --location L --program P
Administration
  audit [--search TEXT] [--limit N]
  user list | user add NAME --role ROLE --new-pin PIN | user pin NAME --new-pin PIN
  user role NAME --role ROLE | user disable NAME | user enable NAME
  user unlock NAME
  events [--unsent] [--limit N]
Synchronisation avec le serveur Astro
  sync                                           envoie et reçoit les modifications maintenant
  sync setup --url URL --sync-user NAME [--client-id ID] [--password-stdin] [--no-verify]
  sync status | sync conflicts [--all] | sync resolve ID
Passerelle PDV (l’API d’Astro pour un point de vente, sur 127.0.0.1)
  bridge [--port N] [--sales-folder DIR]          la fait fonctionner ici jusqu’à l’arrêt
  bridge settings [--enable|--disable] [--port N] [--sales-folder DIR]
                  [--follow|--no-follow]
  pos-user list | pos-user add NAME --client-id ID [--password-stdin]
  pos-user password NAME [--password-stdin] | pos-user remove NAME
Sauvegardes
  backup                                         sauvegarde maintenant (une copie vérifiée)
  backup list | backup settings [--folder DIR] [--keep-days N]
  restore FILE [--yes]                           remet une sauvegarde en place (fermez l’app d’abord)

Les commandes qui modifient des données exigent --user et --pin (ou ASTRO_USER et ASTRO_PIN).
Base de données par défaut : %1.
</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>The option --%1 is required here.</source>
        <translation>L’option --%1 est obligatoire ici.</translation>
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
        <source>There is no database at %1. Create one with “astro-counter-cli init”.</source>
        <translation>Aucune base de données n’existe à l’emplacement %1. Créez-en une avec «&#xa0;astro-counter-cli init&#xa0;».</translation>
    </message>
    <message>
        <source>This command changes data: sign in with --user NAME and --pin PIN (or ASTRO_USER and ASTRO_PIN).</source>
        <translation>Cette commande modifie des données : identifiez-vous avec --user NAME et --pin PIN (ou ASTRO_USER et ASTRO_PIN).</translation>
    </message>
    <message>
        <source>Run “astro-counter-cli --help” for the list of commands.</source>
        <translation>Exécutez «&#xa0;astro-counter-cli --help&#xa0;» pour obtenir la liste des commandes.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Impossible de lire l’entrée standard.</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>Aucun mot de passe sur l’entrée standard.</translation>
    </message>
</context>
<context>
    <name>ConflictLog</name>
    <message>
        <source>There is no sync conflict number %1.</source>
        <translation>Il n’y a aucun conflit de synchronisation numéro %1.</translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation>Ce conflit est déjà résolu.</translation>
    </message>
    <message>
        <source>Same reward given twice</source>
        <translation>Même récompense remise deux fois</translation>
    </message>
    <message>
        <source>Program no longer accepted</source>
        <translation>Programme qui n’est plus accepté</translation>
    </message>
    <message>
        <source>Unknown customer</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <source>Item not in the catalog</source>
        <translation>Article absent du catalogue</translation>
    </message>
    <message>
        <source>Void after the reward was redeemed</source>
        <translation>Retrait après l’échange de la récompense</translation>
    </message>
    <message>
        <source>Customer refused by Astro</source>
        <translation>Client refusé par Astro</translation>
    </message>
    <message>
        <source>Purchase refused by Astro</source>
        <translation>Achat refusé par Astro</translation>
    </message>
    <message>
        <source>Void refused by Astro</source>
        <translation>Retrait d’achat refusé par Astro</translation>
    </message>
    <message>
        <source>Reward unknown to Astro</source>
        <translation>Récompense inconnue d’Astro</translation>
    </message>
    <message>
        <source>Redemption refused by Astro</source>
        <translation>Échange refusé par Astro</translation>
    </message>
    <message>
        <source>Enrollment changed at another counter</source>
        <translation>Inscription modifiée à un autre comptoir</translation>
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
        <translation>Les programmes Acheteur fréquent d’Astro Loyalty au comptoir de l’animalerie.</translation>
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
        <translation>Impossible d’ouvrir la base de données %1 :
%2</translation>
    </message>
    <message>
        <source>The demo store could not be loaded:
%1</source>
        <translation>Le magasin de démonstration n’a pas pu être chargé :
%1</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds.</source>
        <translation>--quit-after exige un nombre de millisecondes.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>The password is kept in this computer&apos;s keychain.</source>
        <translation>Le mot de passe est conservé dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>No keychain answered on this computer: the password is kept in a file only your account can read: %1</source>
        <translation>Aucun trousseau n’a répondu sur cet ordinateur : le mot de passe est conservé dans un fichier que seul votre compte peut lire : %1</translation>
    </message>
    <message>
        <source>Cannot read the sync password from %1: %2</source>
        <translation>Impossible de lire le mot de passe de synchronisation dans %1 : %2</translation>
    </message>
    <message>
        <source>The file %1 that keeps the sync password is damaged: type the sync password again in Settings.</source>
        <translation>Le fichier %1 qui conserve le mot de passe de synchronisation est endommagé : entrez de nouveau le mot de passe de synchronisation dans les Paramètres.</translation>
    </message>
    <message>
        <source>Cannot keep the sync password in %1: %2</source>
        <translation>Impossible de conserver le mot de passe de synchronisation dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>CreditCommand</name>
    <message>
        <source>redemption</source>
        <translation>de l’échange</translation>
    </message>
    <message>
        <source>Redemption %1 is now %2.</source>
        <translation>L’échange %1 est maintenant %2.</translation>
    </message>
    <message>
        <source>Use: credit mark ID credited|reconciled|declined</source>
        <translation>Syntaxe : credit mark ID credited|reconciled|declined</translation>
    </message>
    <message>
        <source>Use: credit resubmit|mark ID ...</source>
        <translation>Syntaxe : credit resubmit|mark ID ...</translation>
    </message>
</context>
<context>
    <name>CreditService</name>
    <message>
        <source>This redemption was undone.</source>
        <translation>Cet échange a été défait.</translation>
    </message>
    <message>
        <source>This credit is %1; it cannot become %2.</source>
        <translation>Ce crédit est à l’état «&#xa0;%1&#xa0;»; il ne peut pas passer à l’état «&#xa0;%2&#xa0;».</translation>
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
    <name>CreditsCommand</name>
    <message>
        <source>--status is held, uncredited, credited, reconciled or declined.</source>
        <translation>--status accepte held, uncredited, credited, reconciled ou declined.</translation>
    </message>
    <message>
        <source>No credits.</source>
        <translation>Aucun crédit.</translation>
    </message>
</context>
<context>
    <name>CustomerCommand</name>
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
        <translation> — défait</translation>
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
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>First and last name are both required.</source>
        <translation>Le prénom et le nom sont tous deux obligatoires.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: give the 10 digits with the area code.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de téléphone : indiquez les 10 chiffres, avec l’indicatif régional.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse courriel.</translation>
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
        <translation>L’un de ces clients a déjà été fusionné.</translation>
    </message>
</context>
<context>
    <name>DamageWarning</name>
    <message>
        <source>The last good backup is from %1. Close Astro Counter, then put it back: astro-counter-cli restore %2 --yes</source>
        <translation>La dernière sauvegarde valide date du %1. Fermez Astro Counter, puis remettez-la en place : astro-counter-cli restore %2 --yes</translation>
    </message>
    <message>
        <source>There is no backup to put back: call support.</source>
        <translation>Il n’y a aucune sauvegarde à remettre en place : appelez le soutien technique.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>The database %1 is damaged. It is open read-only: customers and history can be looked up, but nothing new can be recorded.</source>
        <translation>La base de données %1 est endommagée. Elle est ouverte en lecture seule : on peut consulter les clients et l’historique, mais rien de nouveau ne peut être enregistré.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an Astro Counter database (or it is damaged).</source>
        <translation>%1 n’est pas une base de données Astro Counter (ou elle est endommagée).</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Astro Counter (schema %2; this version knows up to %3). Update Astro Counter; the database was not changed.</source>
        <translation>La base de données %1 a été créée par une version plus récente d’Astro Counter (schéma %2; cette version prend en charge jusqu’au schéma %3). Mettez à jour Astro Counter; la base de données n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database could not save or read data: %1</source>
        <translation>La base de données n’a pas pu enregistrer ou lire des données : %1</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Astro Counter; it was not changed.</source>
        <translation>%1 est une base de données d’un autre logiciel, et non d’Astro Counter; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>This version of Astro Counter updates the database, and backs it up first, but the backup failed; the database was not changed. %1</source>
        <translation>Cette version d’Astro Counter met à jour la base de données et la sauvegarde d’abord, mais la sauvegarde a échoué; la base de données n’a pas été modifiée. %1</translation>
    </message>
    <message>
        <source>The database %1 is damaged, so it is open read-only: nothing was recorded. Put its last good backup back (Settings, Backups).</source>
        <translation>La base de données %1 est endommagée et donc ouverte en lecture seule : rien n’a été enregistré. Remettez en place sa dernière sauvegarde valide (Paramètres, Sauvegardes).</translation>
    </message>
    <message>
        <source>Cannot open the database %1: Qt&apos;s SQLite driver gave no SQLite connection.</source>
        <translation>Impossible d’ouvrir la base de données %1 : le pilote SQLite de Qt n’a fourni aucune connexion SQLite.</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>The demo store goes into a new, empty database only.</source>
        <translation>Le magasin de démonstration ne peut être ajouté qu’à une nouvelle base de données vide.</translation>
    </message>
    <message>
        <source>The demo store file is not valid.</source>
        <translation>Le fichier du magasin de démonstration n’est pas valide.</translation>
    </message>
    <message>
        <source>The demo store file names an unknown user or customer.</source>
        <translation>Le fichier du magasin de démonstration mentionne un utilisateur ou un client inconnu.</translation>
    </message>
</context>
<context>
    <name>DistributorsCommand</name>
    <message>
        <source>This program has no distributor to choose.</source>
        <translation>Aucun distributeur ne peut être choisi pour ce programme.</translation>
    </message>
    <message>
        <source>Use: distributors eligible --location L --program P</source>
        <translation>Syntaxe : distributors eligible --location L --program P</translation>
    </message>
</context>
<context>
    <name>EnrollmentCommand</name>
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
</context>
<context>
    <name>EnrollmentOrder</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The distributor of “%1” at %2 chosen here was replaced by a later change made at another counter: %3, account number “%4”. Check it in the enrollment grid.</source>
        <translation>Le distributeur de «&#xa0;%1&#xa0;» à %2 choisi ici a été remplacé par une modification plus récente faite à un autre comptoir : %3, numéro de compte «&#xa0;%4&#xa0;». Vérifiez-le dans la grille d’inscription.</translation>
    </message>
    <message>
        <source>The distributor of “%1” at %2 chosen here was replaced by a later change made at another counter by %3: %4, account number “%5”. Check it in the enrollment grid.</source>
        <translation>Le distributeur de «&#xa0;%1&#xa0;» à %2 choisi ici a été remplacé par une modification plus récente faite à un autre comptoir par %3 : %4, numéro de compte «&#xa0;%5&#xa0;». Vérifiez-le dans la grille d’inscription.</translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>There is no location %1.</source>
        <translation>La succursale %1 n’existe pas.</translation>
    </message>
    <message>
        <source>There is no program or offer %1.</source>
        <translation>Aucun programme ni aucune offre ne correspond à %1.</translation>
    </message>
    <message>
        <source>“%1” is not published in %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas publié pour la région %2.</translation>
    </message>
    <message>
        <source>“%1” is retailer fulfilled: the store claims its own credits, so it has no distributor.</source>
        <translation>La réalisation de «&#xa0;%1&#xa0;» est assurée par le détaillant : le magasin réclame lui-même ses crédits, il n’y a donc aucun distributeur.</translation>
    </message>
    <message>
        <source>“%1” is direct fulfilled: the manufacturer credits the store, so it has no distributor.</source>
        <translation>La réalisation de «&#xa0;%1&#xa0;» est directe : le fabricant crédite le magasin, il n’y a donc aucun distributeur.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s account number with the manufacturer.</source>
        <translation>Entrez le numéro de compte du magasin chez le fabricant.</translation>
    </message>
    <message>
        <source>Choose the distributor you buy this brand from, or Temporary Holding if it is not listed.</source>
        <translation>Choisissez le distributeur auprès duquel vous achetez cette marque, ou Mise en attente s’il ne figure pas dans la liste.</translation>
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
    <name>EnrollmentText</name>
    <message>
        <source>Temporary Holding</source>
        <translation>Mise en attente (Temporary Holding)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Retailer fulfilled</source>
        <translation>Réalisation par le détaillant</translation>
    </message>
    <message>
        <source>Direct: %1</source>
        <translation>Directe : %1</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>Credits in retailer batches</source>
        <translation>Crédits dans les lots du détaillant</translation>
    </message>
    <message>
        <source>Account at the manufacturer</source>
        <translation>Compte chez le fabricant</translation>
    </message>
    <message>
        <source>Credits held: choose a distributor</source>
        <translation>Crédits retenus : choisissez un distributeur</translation>
    </message>
    <message>
        <source>No account number</source>
        <translation>Aucun numéro de compte</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>— (not enrolled)</source>
        <translation>— (non inscrit)</translation>
    </message>
    <message>
        <source>%1, account %2</source>
        <translation>%1, compte %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>EventApplier</name>
    <message>
        <source>An event names a customer this side never received (%1).</source>
        <translation>Un événement nomme un client que ce côté n’a jamais reçu (%1).</translation>
    </message>
    <message>
        <source>The program %1 is no longer accepted: it is not in the catalog or was withdrawn.</source>
        <translation>Le programme %1 n’est plus accepté : il n’est pas au catalogue ou a été retiré.</translation>
    </message>
    <message>
        <source>The item %1 is not in the catalog here.</source>
        <translation>L’article %1 n’est pas au catalogue ici.</translation>
    </message>
    <message>
        <source>This customer&apos;s reward on %1 was already given out: the same reward was redeemed twice.</source>
        <translation>La récompense de ce client sur %1 a déjà été remise : la même récompense a été échangée deux fois.</translation>
    </message>
    <message>
        <source>The enrollment of %1 in %2 names something not in the catalog here.</source>
        <translation>L’inscription de %1 à %2 nomme un élément absent du catalogue ici.</translation>
    </message>
</context>
<context>
    <name>EventsCommand</name>
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
            <numerusform>%n événement en attente d’envoi.</numerusform>
            <numerusform>%n événements en attente d’envoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportContext</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>FulfillmentRouter</name>
    <message>
        <source>This location is not enrolled in “%1”.</source>
        <translation>Cette succursale n’est pas inscrite à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Gtin</name>
    <message>
        <source>“%1” is not a barcode: it may contain only digits.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code-barres : il ne peut contenir que des chiffres.</translation>
    </message>
    <message>
        <source>Scan or type a barcode.</source>
        <translation>Balayez ou saisissez un code-barres.</translation>
    </message>
    <message>
        <source>%1 is not a barcode: UPC and EAN codes have 8, 12, 13 or 14 digits (this one has %2).</source>
        <translation>%1 n’est pas un code-barres : les codes CUP et EAN comptent 8, 12, 13 ou 14 chiffres (celui-ci en compte %2).</translation>
    </message>
    <message>
        <source>The barcode %1 has a wrong check digit (it should end in %2): check the digits.</source>
        <translation>Le code-barres %1 a un chiffre de contrôle erroné (il devrait finir par %2) : vérifiez les chiffres.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>%1 already has users: sign in as an Admin and use “user add”.</source>
        <translation>%1 a déjà des utilisateurs : ouvrez une session en tant qu’administrateur et utilisez «&#xa0;user add&#xa0;».</translation>
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
        <source>The database %1 is damaged (%2); it stays read-only. Restore a backup (astro-counter-cli backup list, then restore FILE --yes).</source>
        <translation>La base de données %1 est endommagée (%2); elle reste en lecture seule. Restaurez une sauvegarde (astro-counter-cli backup list, puis restore FILE --yes).</translation>
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
        <translation>Le plafond de cette offre pour l’ensemble du programme est atteint.</translation>
    </message>
    <message>
        <source>There is no offer %1.</source>
        <translation>L’offre %1 n’existe pas.</translation>
    </message>
    <message>
        <source>An offer is redeemed in the visit that earned it; this visit is finished.</source>
        <translation>Une offre s’échange pendant la visite où elle a été obtenue; cette visite est terminée.</translation>
    </message>
    <message>
        <source>This visit does not qualify for that offer.</source>
        <translation>Cette visite ne donne pas droit à cette offre.</translation>
    </message>
    <message>
        <source>This visit&apos;s offer was already redeemed.</source>
        <translation>L’offre de cette visite a déjà été échangée.</translation>
    </message>
    <message>
        <source>This offer needs the customer&apos;s email address.</source>
        <translation>Cette offre exige l’adresse courriel du client.</translation>
    </message>
    <message>
        <source>%1 is not an item of the offer “%2”.</source>
        <translation>%1 ne fait pas partie des articles de l’offre «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>This visit would no longer earn the offer “%1” it redeemed. Undo that redemption first.</source>
        <translation>Cette visite ne donnerait plus droit à l’offre «&#xa0;%1&#xa0;», qui a déjà été échangée. Défaites d’abord cet échange.</translation>
    </message>
    <message>
        <source>This visit would no longer earn an offer it redeemed. Undo that redemption first.</source>
        <translation>Cette visite ne donnerait plus droit à une offre déjà échangée. Défaites d’abord cet échange.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse courriel.</translation>
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
    <name>PosUserCommand</name>
    <message>
        <source>Give the POS account&apos;s password on standard input with --password-stdin, or in the environment variable ASTRO_POS_PASSWORD.</source>
        <translation>Donnez le mot de passe du compte PDV sur l’entrée standard avec --password-stdin, ou dans la variable d’environnement ASTRO_POS_PASSWORD.</translation>
    </message>
    <message>
        <source>Added the POS account %1 (client id %2).</source>
        <translation>Compte PDV %1 ajouté (identifiant client %2).</translation>
    </message>
    <message>
        <source>There is no POS account named %1.</source>
        <translation>Aucun compte PDV ne s’appelle %1.</translation>
    </message>
    <message>
        <source>Changed the password of the POS account %1.</source>
        <translation>Mot de passe du compte PDV %1 changé.</translation>
    </message>
    <message>
        <source>Removed the POS account %1.</source>
        <translation>Compte PDV %1 supprimé.</translation>
    </message>
    <message>
        <source>Use: pos-user list|add|password|remove NAME</source>
        <translation>Syntaxe : pos-user list|add|password|remove NAME</translation>
    </message>
</context>
<context>
    <name>PosUserStore</name>
    <message>
        <source>There is no POS account number %1.</source>
        <translation>Il n’y a pas de compte PDV numéro %1.</translation>
    </message>
    <message>
        <source>Give the POS account a name.</source>
        <translation>Donnez un nom au compte PDV.</translation>
    </message>
    <message>
        <source>Give the POS account a client id.</source>
        <translation>Donnez un identifiant client au compte PDV.</translation>
    </message>
    <message>
        <source>A POS password has at least %1 characters.</source>
        <translation>Un mot de passe PDV compte au moins %1 caractères.</translation>
    </message>
    <message>
        <source>There is already a POS account named %1.</source>
        <translation>Il y a déjà un compte PDV nommé %1.</translation>
    </message>
</context>
<context>
    <name>ProgramProductsExport</name>
    <message>
        <source>There is no program or offer %1.</source>
        <translation>Aucun programme ni aucune offre ne correspond à %1.</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
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
        <source>GTIN-14</source>
        <translation>GTIN-14</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Espèce</translation>
    </message>
    <message>
        <source>Food type</source>
        <translation>Type d’aliment</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>Poids (g)</translation>
    </message>
    <message>
        <source>Store price</source>
        <translation>Prix en magasin</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ProgramRequestService</name>
    <message>
        <source>Enter at least one brand.</source>
        <translation>Entrez au moins une marque.</translation>
    </message>
    <message>
        <source>The brands are too long: at most %1 characters.</source>
        <translation>Les marques sont trop longues : %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Enter the parent company (the company that makes the brand).</source>
        <translation>Entrez la société mère (l’entreprise qui fabrique la marque).</translation>
    </message>
    <message>
        <source>The parent company is too long: at most %1 characters.</source>
        <translation>La société mère est trop longue : %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Choose at least one type of item for the program.</source>
        <translation>Choisissez au moins un type d’article pour le programme.</translation>
    </message>
    <message>
        <source>“%1” is not a type of item.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type d’article.</translation>
    </message>
    <message>
        <source>Buy X: the customer must buy at least 1 item.</source>
        <translation>Achetez X : le client doit acheter au moins 1 article.</translation>
    </message>
    <message>
        <source>Get Y: the customer must get at least 1 item.</source>
        <translation>Obtenez Y : le client doit obtenir au moins 1 article.</translation>
    </message>
    <message>
        <source>The discount is 1% to 99% (100% is a free item: choose Free).</source>
        <translation>Le rabais est de 1 % à 99 % (100 %, c’est un article gratuit : choisissez Gratuit).</translation>
    </message>
    <message>
        <source>“%1” is not a way to categorize cards.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une façon de classer les cartes.</translation>
    </message>
    <message>
        <source>Choose a build option: A, B, C or D.</source>
        <translation>Choisissez une option de création : A, B, C ou D.</translation>
    </message>
    <message>
        <source>The rule must be Least Value, Most Frequent, Purchased Prior or none.</source>
        <translation>La règle doit être Valeur égale ou inférieure, Le plus souvent acheté, Déjà acheté ou aucune.</translation>
    </message>
    <message>
        <source>The time limit is 0 to %1 months (0: no limit).</source>
        <translation>Le délai est de 0 à %1 mois (0 : aucun délai).</translation>
    </message>
    <message>
        <source>Tracking programs are always Retailer Fulfilled.</source>
        <translation>Les programmes de suivi sont toujours en réalisation par le détaillant.</translation>
    </message>
    <message>
        <source>The distributor is too long: at most %1 characters.</source>
        <translation>Le distributeur est trop long : %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Enter the brand rep&apos;s name: the store&apos;s credits are arranged with them.</source>
        <translation>Entrez le nom du représentant de la marque : c’est avec lui que les crédits du magasin sont convenus.</translation>
    </message>
    <message>
        <source>The brand rep&apos;s name is too long: at most %1 characters.</source>
        <translation>Le nom du représentant de la marque est trop long : %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Enter the brand rep&apos;s email or phone.</source>
        <translation>Entrez le courriel ou le téléphone du représentant de la marque.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: give the 10 digits with the area code.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de téléphone : donnez les 10 chiffres avec l’indicatif régional.</translation>
    </message>
    <message>
        <source>The notes are too long: at most %1 characters.</source>
        <translation>Les notes sont trop longues : %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Kibble</source>
        <translation>Croquettes</translation>
    </message>
    <message>
        <source>Cans</source>
        <translation>Conserves</translation>
    </message>
    <message>
        <source>Frozen raw</source>
        <translation>Cru congelé</translation>
    </message>
    <message>
        <source>Freeze-dried</source>
        <translation>Lyophilisé</translation>
    </message>
    <message>
        <source>Treats</source>
        <translation>Gâteries</translation>
    </message>
    <message>
        <source>Supplements</source>
        <translation>Suppléments</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Species</source>
        <translation>Espèce</translation>
    </message>
    <message>
        <source>Food type</source>
        <translation>Type d’aliment</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <source>Received by Astro</source>
        <translation>Reçue par Astro</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Program built</source>
        <translation>Programme créé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Buy %1, get %2 at %3% off</source>
        <translation>Achetez-en %1, obtenez-en %2 à %3 % de rabais</translation>
    </message>
    <message>
        <source>Buy %1, get %2 free</source>
        <translation>Achetez-en %1, obtenez-en %2 gratuitement</translation>
    </message>
</context>
<context>
    <name>ProgramWording</name>
    <message>
        <source>From %1 (no end date)</source>
        <translation>À partir du %1 (sans date de fin)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributeur</translation>
    </message>
    <message>
        <source>Retailer</source>
        <translation>Détaillant</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directe</translation>
    </message>
    <message numerus="yes">
        <source>Buy %1, get %n free</source>
        <translation>
            <numerusform>Achetez-en %1, obtenez-en %n gratuitement</numerusform>
            <numerusform>Achetez-en %1, obtenez-en %n gratuitement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %1, get %n free: any item on the card.</source>
        <translation>
            <numerusform>Achetez-en %1, obtenez-en %n gratuitement : tout article de la carte.</numerusform>
            <numerusform>Achetez-en %1, obtenez-en %n gratuitement : tout article de la carte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %1, get %n free: the free item costs no more than the least expensive of the ones bought.</source>
        <translation>
            <numerusform>Achetez-en %1, obtenez-en %n gratuitement : l’article gratuit ne coûte pas plus cher que le moins cher des articles achetés.</numerusform>
            <numerusform>Achetez-en %1, obtenez-en %n gratuitement : les articles gratuits ne coûtent pas plus cher que le moins cher des articles achetés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %1, get %n free: the free item is the same size as the ones bought.</source>
        <translation>
            <numerusform>Achetez-en %1, obtenez-en %n gratuitement : l’article gratuit est du même format que les articles achetés.</numerusform>
            <numerusform>Achetez-en %1, obtenez-en %n gratuitement : les articles gratuits sont du même format que les articles achetés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %1, get %n free: the free item is one of the items bought.</source>
        <translation>
            <numerusform>Achetez-en %1, obtenez-en %n gratuitement : l’article gratuit est l’un des articles achetés.</numerusform>
            <numerusform>Achetez-en %1, obtenez-en %n gratuitement : les articles gratuits font partie des articles achetés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Buy %1, get %n free: the free item is the one bought most often.</source>
        <translation>
            <numerusform>Achetez-en %1, obtenez-en %n gratuitement : l’article gratuit est celui qui a été acheté le plus souvent.</numerusform>
            <numerusform>Achetez-en %1, obtenez-en %n gratuitement : les articles gratuits sont ceux qui ont été achetés le plus souvent.</numerusform>
        </translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>Aucun délai</translation>
    </message>
    <message numerus="yes">
        <source>Purchases count for %n month(s)</source>
        <translation>
            <numerusform>Les achats comptent pendant %n mois</numerusform>
            <numerusform>Les achats comptent pendant %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n per customer</source>
        <translation>
            <numerusform>Au plus %n par client</numerusform>
            <numerusform>Au plus %n par client</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n for the whole program</source>
        <translation>
            <numerusform>Au plus %n pour l’ensemble du programme</numerusform>
            <numerusform>Au plus %n pour l’ensemble du programme</numerusform>
        </translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Buy %1, get %2 off</source>
        <translation>Achetez-en %1, obtenez %2 de rabais</translation>
    </message>
    <message>
        <source>Buy %1, get %2 off an item of the offer, in the same visit.</source>
        <translation>Achetez-en %1, obtenez %2 de rabais sur un article de l’offre, lors de la même visite.</translation>
    </message>
    <message numerus="yes">
        <source>Buy %1, get %n free: any item of the offer, in the same visit.</source>
        <translation>
            <numerusform>Achetez-en %1, obtenez-en %n gratuitement : tout article de l’offre, lors de la même visite.</numerusform>
            <numerusform>Achetez-en %1, obtenez-en %n gratuitement : tout article de l’offre, lors de la même visite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ends after %n free item(s) in all</source>
        <translation>
            <numerusform>Prend fin après %n article gratuit au total</numerusform>
            <numerusform>Prend fin après %n articles gratuits au total</numerusform>
        </translation>
    </message>
    <message>
        <source>Ends after %1 in rebates</source>
        <translation>Prend fin après %1 en remises</translation>
    </message>
    <message>
        <source>Needs the customer&apos;s email</source>
        <translation>Exige le courriel du client</translation>
    </message>
    <message>
        <source>The offer is earned and redeemed in the same visit, at the participating store. It has no cash value.</source>
        <translation>L’offre est obtenue et échangée lors de la même visite, au magasin participant. Elle n’a aucune valeur monétaire.</translation>
    </message>
    <message>
        <source>Free products are redeemed at the participating store where they were earned. Cards are not transferable and have no cash value. The program ends when its manufacturer ends it; rewards already earned can still be redeemed until then.</source>
        <translation>Les produits gratuits s’échangent au magasin participant où ils ont été obtenus. Les cartes ne sont pas transférables et n’ont aucune valeur monétaire. Le programme prend fin quand son fabricant y met fin; les récompenses déjà obtenues peuvent être échangées jusque-là.</translation>
    </message>
    <message>
        <source>The store claims the credit for free products itself, from the manufacturer or brand rep; Astro does not guarantee it.</source>
        <translation>Le magasin réclame lui-même le crédit des produits gratuits au fabricant ou au représentant de la marque; Astro ne le garantit pas.</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>Temporary Holding</source>
        <translation>Mise en attente (Temporary Holding)</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>This location is not enrolled.</source>
        <translation>Cette succursale n’est pas inscrite.</translation>
    </message>
    <message>
        <source>Enrolled in Temporary Holding: its redemptions are held until a distributor is chosen.</source>
        <translation>Inscrite en attente : ses échanges sont retenus jusqu’au choix d’un distributeur.</translation>
    </message>
    <message>
        <source>Enrolled with %1.</source>
        <translation>Inscrite auprès de %1.</translation>
    </message>
    <message>
        <source>Enrolled with %1, account %2.</source>
        <translation>Inscrite auprès de %1, compte %2.</translation>
    </message>
    <message>
        <source>Enrolled; the manufacturer credits account %1.</source>
        <translation>Inscrite; le fabricant crédite le compte %1.</translation>
    </message>
    <message>
        <source>Enrolled; free products go to the Retailer Free Goods Credit Batches.</source>
        <translation>Inscrite; les produits gratuits vont dans les lots de crédits de produits gratuits du détaillant.</translation>
    </message>
    <message numerus="yes">
        <source>Within %n month(s)</source>
        <translation>
            <numerusform>En %n mois</numerusform>
            <numerusform>En %n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublicSync</name>
    <message>
        <source>This counter has no customer %1.</source>
        <translation>Ce comptoir n’a aucun client %1.</translation>
    </message>
    <message>
        <source>Astro&apos;s answer to addCustomer has no astro_customer_id.</source>
        <translation>La réponse d’Astro à addCustomer n’a pas d’astro_customer_id.</translation>
    </message>
    <message>
        <source>Astro&apos;s answer to addTransactionBatch does not list every line; they will be sent again.</source>
        <translation>La réponse d’Astro à addTransactionBatch ne nomme pas toutes les lignes; elles seront envoyées de nouveau.</translation>
    </message>
    <message>
        <source>Astro refused the purchase of %1: %2</source>
        <translation>Astro a refusé l’achat de %1 : %2</translation>
    </message>
    <message>
        <source>Astro&apos;s answer to removeTransaction does not name the line; it will be sent again.</source>
        <translation>La réponse d’Astro à removeTransaction ne nomme pas la ligne; elle sera envoyée de nouveau.</translation>
    </message>
    <message>
        <source>Astro has no reward %1 on card %2 for this customer: the free item was given here but is not credited.</source>
        <translation>Astro n’a pas de récompense %1 sur la carte %2 pour ce client : l’article gratuit a été remis ici, mais il n’est pas crédité.</translation>
    </message>
    <message>
        <source>Astro does not allow item %1 for this reward.</source>
        <translation>Astro n’accepte pas l’article %1 pour cette récompense.</translation>
    </message>
    <message>
        <source>Astro has no deal of offer %1 for this customer.</source>
        <translation>Astro n’a aucune offre %1 obtenue par ce client.</translation>
    </message>
</context>
<context>
    <name>ReadingLook</name>
    <message>
        <source>Reading…</source>
        <translation>Lecture en cours…</translation>
    </message>
</context>
<context>
    <name>RedeemCommand</name>
    <message>
        <source>Redeemed %1 (redemption %2): %3.</source>
        <translation>%1 échangé (échange %2) : %3.</translation>
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
        <translation>La carte de programme %1 n’existe pas.</translation>
    </message>
    <message>
        <source>There is no program %1.</source>
        <translation>Le programme %1 n’existe pas.</translation>
    </message>
    <message>
        <source>No reward is waiting on “%1” for this customer.</source>
        <translation>Aucune récompense n’attend ce client sur «&#xa0;%1&#xa0;».</translation>
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
            <numerusform>Limite atteinte : cette carte est limitée à %n récompense pour l’ensemble du programme, et elle a déjà été remise.</numerusform>
            <numerusform>Limite atteinte : cette carte est limitée à %n récompenses pour l’ensemble du programme, et elles ont toutes été remises.</numerusform>
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
        <translation>Cet échange a déjà été défait.</translation>
    </message>
    <message>
        <source>This redemption was already credited by the distributor; it cannot be undone here.</source>
        <translation>Cet échange a déjà été crédité par le distributeur; il ne peut pas être défait ici.</translation>
    </message>
    <message>
        <source>This redemption is in batch %1, which was already submitted to the brand.</source>
        <translation>Cet échange fait partie du lot %1, qui a déjà été soumis à la marque.</translation>
    </message>
</context>
<context>
    <name>ReportExportJob</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Program or offer</source>
        <translation>Programme ou offre</translation>
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
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Succursale</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Units punched</source>
        <translation>Unités poinçonnées</translation>
    </message>
    <message>
        <source>Cards completed</source>
        <translation>Cartes remplies</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Récompenses échangées</translation>
    </message>
    <message>
        <source>Units redeemed</source>
        <translation>Unités échangées</translation>
    </message>
    <message>
        <source>Redemption cost</source>
        <translation>Coût des échanges</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Choose the first and the last day.</source>
        <translation>Choisissez le premier et le dernier jour.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Le dernier jour précède le premier jour.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>The database %1 is in use: close Astro Counter (and any other counter or POS bridge using it) and try again.</source>
        <translation>La base de données %1 est utilisée : fermez Astro Counter (et tout autre comptoir ou passerelle PDV qui l’utilise), puis réessayez.</translation>
    </message>
    <message>
        <source>Cannot copy the backup to %1.</source>
        <translation>Impossible de copier la sauvegarde dans %1.</translation>
    </message>
    <message>
        <source>Cannot set the database %1 aside; nothing was changed.</source>
        <translation>Impossible de mettre de côté la base de données %1; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; the replaced database is kept at %2.</source>
        <translation>Impossible de mettre la sauvegarde à la place de %1; la base de données remplacée est gardée dans %2.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Name the backup to restore: restore FILE --yes (see “backup list”).</source>
        <translation>Nommez la sauvegarde à restaurer : restore FILE --yes (voir « backup list »).</translation>
    </message>
    <message>
        <source>This replaces the database %1 with the backup %2. The database it replaces is kept beside it.</source>
        <translation>Ceci remplace la base de données %1 par la sauvegarde %2. La base de données remplacée est gardée à côté.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the current database were never sent and are not in the backup: sync first, or they stay only in the replaced database.</source>
        <translation>
            <numerusform>%n modification de la base de données actuelle n’a jamais été envoyée et n’est pas dans la sauvegarde : synchronisez d’abord, sinon elle restera seulement dans la base de données remplacée.</numerusform>
            <numerusform>%n modifications de la base de données actuelle n’ont jamais été envoyées et ne sont pas dans la sauvegarde : synchronisez d’abord, sinon elles resteront seulement dans la base de données remplacée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current database cannot be read: changes made after the backup that were never sent cannot be counted.</source>
        <translation>La base de données actuelle est illisible : les modifications faites après la sauvegarde et jamais envoyées ne peuvent pas être comptées.</translation>
    </message>
    <message>
        <source>Add --yes to restore.</source>
        <translation>Ajoutez --yes pour restaurer.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 restaurée à partir de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of the backup were not sent yet: they go out at the next sync.</source>
        <translation>
            <numerusform>%n modification de la sauvegarde n’était pas encore envoyée : elle partira à la prochaine synchronisation.</numerusform>
            <numerusform>%n modifications de la sauvegarde n’étaient pas encore envoyées : elles partiront à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The replaced database is kept at %1.</source>
        <translation>La base de données remplacée est gardée dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) never sent stay only in the replaced database.</source>
        <translation>
            <numerusform>%n modification jamais envoyée reste seulement dans la base de données remplacée.</numerusform>
            <numerusform>%n modifications jamais envoyées restent seulement dans la base de données remplacée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RewardsCommand</name>
    <message>
        <source>%1 — %2
%3
</source>
        <translation>%1 — %2
%3
</translation>
    </message>
</context>
<context>
    <name>SaleFile</name>
    <message>
        <source>A quoted value must be followed by a comma or the end of the line; write a quote inside a value as two quotes (&quot;&quot;).</source>
        <translation>Une valeur entre guillemets doit être suivie d’une virgule ou de la fin de la ligne; écrivez un guillemet dans une valeur en le doublant (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quote opened on this line is never closed.</source>
        <translation>Un guillemet ouvert sur cette ligne n’est jamais fermé.</translation>
    </message>
    <message>
        <source>Cannot read the sales file %1: %2</source>
        <translation>Impossible de lire le fichier de ventes %1 : %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; export the sales in smaller files.</source>
        <translation>Le fichier dépasse %1 Mo; exportez les ventes en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (it holds binary data or another encoding); export the sales as CSV in UTF-8.</source>
        <translation>Le fichier n’est pas du texte UTF-8 (il contient des données binaires ou un autre encodage); exportez les ventes en CSV UTF-8.</translation>
    </message>
    <message>
        <source>The file has more than %1 sales lines; export the sales in smaller files.</source>
        <translation>Le fichier compte plus de %1 lignes de vente; exportez les ventes en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file has no sales lines.</source>
        <translation>Le fichier n’a aucune ligne de vente.</translation>
    </message>
    <message>
        <source>The column %1 is named twice.</source>
        <translation>La colonne %1 est nommée deux fois.</translation>
    </message>
    <message>
        <source>The header line has no %1 column.</source>
        <translation>La ligne d’en-tête n’a pas de colonne %1.</translation>
    </message>
    <message>
        <source>The header line needs a customer_id, phone or email column, to say whose sale each line is.</source>
        <translation>La ligne d’en-tête doit avoir une colonne customer_id, phone ou email, pour dire à quel client est chaque vente.</translation>
    </message>
    <message>
        <source>transaction_id is empty.</source>
        <translation>transaction_id est vide.</translation>
    </message>
    <message>
        <source>transaction_id %1 is also on line %2; each sales line needs its own.</source>
        <translation>transaction_id %1 est aussi à la ligne %2; chaque ligne de vente a besoin du sien.</translation>
    </message>
    <message>
        <source>sold_at “%1” is not a date and time such as 2026-11-16T14:05:00 or 2026-11-16T14:05:00-05:00.</source>
        <translation>sold_at «&#xa0;%1&#xa0;» n’est pas une date et heure comme 2026-11-16T14:05:00 ou 2026-11-16T14:05:00-05:00.</translation>
    </message>
    <message>
        <source>No customer: fill customer_id, phone or email.</source>
        <translation>Aucun client : remplissez customer_id, phone ou email.</translation>
    </message>
    <message>
        <source>Fill only one of customer_id, phone and email.</source>
        <translation>Remplissez un seul de customer_id, phone et email.</translation>
    </message>
    <message>
        <source>phone “%1” is not a phone number: give the 10 digits with the area code.</source>
        <translation>phone «&#xa0;%1&#xa0;» n’est pas un numéro de téléphone : donnez les 10 chiffres avec l’indicatif régional.</translation>
    </message>
    <message>
        <source>email “%1” is not an email address.</source>
        <translation>email «&#xa0;%1&#xa0;» n’est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>upc is empty.</source>
        <translation>upc est vide.</translation>
    </message>
    <message>
        <source>upc: %1</source>
        <translation>upc : %1</translation>
    </message>
    <message>
        <source>quantity “%1” is not a whole number from 1 to %2.</source>
        <translation>quantity «&#xa0;%1&#xa0;» n’est pas un nombre entier de 1 à %2.</translation>
    </message>
    <message>
        <source>price “%1” is not an amount such as 54.99.</source>
        <translation>price «&#xa0;%1&#xa0;» n’est pas un montant comme 54.99.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>SaleFileImporter</name>
    <message>
        <source>Sales files are recorded at this counter&apos;s location: choose it in Settings.</source>
        <translation>Les fichiers de ventes sont enregistrés à la succursale de ce comptoir : choisissez-la dans les Paramètres.</translation>
    </message>
    <message>
        <source>No customer has the id %1; the POS adds a customer through the API before its sales.</source>
        <translation>Aucun client n’a l’identifiant %1; le PDV ajoute un client par l’API avant ses ventes.</translation>
    </message>
    <message>
        <source>No customer has the phone number %1.</source>
        <translation>Aucun client n’a le numéro de téléphone %1.</translation>
    </message>
    <message>
        <source>Several customers have the phone number %1; give the customer&apos;s email or customer_id instead.</source>
        <translation>Plusieurs clients ont le numéro de téléphone %1; donnez plutôt le courriel ou le customer_id du client.</translation>
    </message>
    <message>
        <source>No customer has the email %1.</source>
        <translation>Aucun client n’a le courriel %1.</translation>
    </message>
    <message>
        <source>Several customers have the email %1; give the customer&apos;s phone or customer_id instead.</source>
        <translation>Plusieurs clients ont le courriel %1; donnez plutôt le téléphone ou le customer_id du client.</translation>
    </message>
    <message>
        <source>The engine gave no answer for this line.</source>
        <translation>Le moteur n’a donné aucune réponse pour cette ligne.</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
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
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Find a customer</source>
        <translation>Rechercher un client</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Type a UPC</source>
        <translation>Saisir un CUP</translation>
    </message>
    <message>
        <source>Find an item by its name</source>
        <translation>Rechercher un article par son nom</translation>
    </message>
    <message>
        <source>Redeem the chosen card&apos;s reward</source>
        <translation>Échanger la récompense de la carte choisie</translation>
    </message>
    <message>
        <source>Finish the visit</source>
        <translation>Terminer la visite</translation>
    </message>
    <message>
        <source>Void the chosen scan (in the visit&apos;s scans)</source>
        <translation>Retirer le balayage choisi (dans les balayages de la visite)</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à : %1</translation>
    </message>
    <message>
        <source>Show or hide the customer display</source>
        <translation>Afficher ou masquer l’écran client</translation>
    </message>
    <message>
        <source>Lock the counter</source>
        <translation>Verrouiller le comptoir</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Afficher cette liste</translation>
    </message>
</context>
<context>
    <name>SignInLockout</name>
    <message>
        <source>Too many wrong PINs for %1: signing in is locked until %2. An Admin can unlock it sooner.</source>
        <translation>Trop de NIP erronés pour %1 : l’ouverture de session est verrouillée jusqu’à %2. Un administrateur peut la déverrouiller plus tôt.</translation>
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
    <name>StoreUpgrade</name>
    <message>
        <source>Updating the database</source>
        <translation>Mise à jour de la base de données</translation>
    </message>
    <message>
        <source>This version of Astro Counter updates the store&apos;s database: it backs it up first, then adds up its history for the reports. On a large store this takes a minute or two, and only once. Leave the computer on.</source>
        <translation>Cette version d’Astro Counter met à jour la base de données du magasin : elle en fait d’abord une sauvegarde, puis additionne son historique pour les rapports. Pour un gros magasin, cela prend une minute ou deux, et une seule fois. Laissez l’ordinateur allumé.</translation>
    </message>
    <message>
        <source>%1:%2 so far</source>
        <translation>%1:%2 jusqu’à maintenant</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Give the sync password on standard input with --password-stdin, or in the environment variable ASTRO_SYNC_PASSWORD.</source>
        <translation>Donnez le mot de passe de synchronisation sur l’entrée standard avec --password-stdin, ou dans la variable d’environnement ASTRO_SYNC_PASSWORD.</translation>
    </message>
    <message>
        <source>Checking the user name and password with %1…</source>
        <translation>Vérification du nom d’utilisateur et du mot de passe auprès de %1…</translation>
    </message>
    <message>
        <source>Sync set up: %1 as %2.</source>
        <translation>Synchronisation configurée : %1 en tant que %2.</translation>
    </message>
    <message>
        <source>The server accepted the user name and password.</source>
        <translation>Le serveur a accepté le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The password was not checked (--no-verify).</source>
        <translation>Le mot de passe n’a pas été vérifié (--no-verify).</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No keychain answered: the password is kept in this database&apos;s settings, readable by whoever can read the database file.</source>
        <translation>Aucun trousseau n’a répondu : le mot de passe est conservé dans les paramètres de cette base de données, lisible par quiconque peut lire le fichier de la base de données.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Sync user: %1</source>
        <translation>Utilisateur de synchronisation : %1</translation>
    </message>
    <message>
        <source>Client id: %1</source>
        <translation>Identifiant client : %1</translation>
    </message>
    <message>
        <source>Sync is not set up.</source>
        <translation>La synchronisation n’est pas configurée.</translation>
    </message>
    <message>
        <source>Password kept in: the system keychain</source>
        <translation>Mot de passe conservé dans : le trousseau du système</translation>
    </message>
    <message>
        <source>Password kept in: this database&apos;s settings (no keychain answered)</source>
        <translation>Mot de passe conservé dans : les paramètres de cette base de données (aucun trousseau n’a répondu)</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>Modifications en attente d’envoi : %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Dernière synchronisation réussie : %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Conflits non résolus : %1</translation>
    </message>
    <message>
        <source>resolved by %1 on %2</source>
        <translation>résolu par %1 le %2</translation>
    </message>
    <message>
        <source>No sync conflicts.</source>
        <translation>Aucun conflit de synchronisation.</translation>
    </message>
    <message>
        <source>No open sync conflicts.</source>
        <translation>Aucun conflit de synchronisation non résolu.</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>du conflit</translation>
    </message>
    <message>
        <source>Sync conflict %1 is marked resolved.</source>
        <translation>Le conflit de synchronisation %1 est marqué comme résolu.</translation>
    </message>
    <message>
        <source>Sync is not set up. An Admin sets it up with “astro-counter-cli sync setup --url URL --sync-user NAME” or in the app&apos;s settings.</source>
        <translation>La synchronisation n’est pas configurée. Un administrateur la configure avec «&#xa0;astro-counter-cli sync setup --url URL --sync-user NAME&#xa0;» ou dans les paramètres de l’application.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was lost: %n change(s) wait to be sent at the next sync.</source>
        <translation>
            <numerusform>Rien n’a été perdu : %n modification attend d’être envoyée à la prochaine synchronisation.</numerusform>
            <numerusform>Rien n’a été perdu : %n modifications attendent d’être envoyées à la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync finished at %1.</source>
        <translation>Synchronisation terminée : %1.</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyées : %1</translation>
    </message>
    <message>
        <source>Already on the server: %1</source>
        <translation>Déjà sur le serveur : %1</translation>
    </message>
    <message>
        <source>Conflicts flagged: %1</source>
        <translation>Conflits signalés : %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Reçues : %1</translation>
    </message>
    <message>
        <source>Catalog entries updated: %1</source>
        <translation>Entrées du catalogue mises à jour : %1</translation>
    </message>
    <message>
        <source>Program requests sent: %1</source>
        <translation>Demandes de programme envoyées : %1</translation>
    </message>
    <message>
        <source>Sent to Astro: %1</source>
        <translation>Transmis à Astro : %1</translation>
    </message>
    <message>
        <source>Refused by Astro: %1</source>
        <translation>Refusés par Astro : %1</translation>
    </message>
    <message>
        <source>This server has only Astro&apos;s public endpoints: other counters&apos; changes, the catalog and program requests were not exchanged.</source>
        <translation>Ce serveur n’offre que les points d’accès publics d’Astro : les modifications des autres comptoirs, le catalogue et les demandes de programme n’ont pas été échangés.</translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s) wait for a Manager: see “sync conflicts”.</source>
        <translation>
            <numerusform>%n conflit de synchronisation attend un gérant : voyez «&#xa0;sync conflicts&#xa0;».</numerusform>
            <numerusform>%n conflits de synchronisation attendent un gérant : voyez «&#xa0;sync conflicts&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: sync [setup|status|conflicts|resolve ID]</source>
        <translation>Syntaxe : sync [setup|status|conflicts|resolve ID]</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Enter the sync user name.</source>
        <translation>Entrez le nom d’utilisateur de synchronisation.</translation>
    </message>
    <message>
        <source>The server answered %1 to %2: %3</source>
        <translation>Le serveur a répondu %1 à %2 : %3</translation>
    </message>
    <message>
        <source>The server refused the sign-in.</source>
        <translation>Le serveur a refusé l’ouverture de session.</translation>
    </message>
    <message>
        <source>The server confirmed %1 of %2 events; the others will be sent again.</source>
        <translation>Le serveur a confirmé %1 événements sur %2; les autres seront envoyés de nouveau.</translation>
    </message>
    <message>
        <source>The catalog from the server was refused: %1</source>
        <translation>Le catalogue reçu du serveur a été refusé : %1</translation>
    </message>
    <message>
        <source>The server sent an event without an id or type.</source>
        <translation>Le serveur a envoyé un événement sans identifiant ni type.</translation>
    </message>
    <message>
        <source>Sync is not set up: an Admin enters the server address, user name and password in the settings.</source>
        <translation>La synchronisation n’est pas configurée : un administrateur entre l’adresse du serveur, le nom d’utilisateur et le mot de passe dans les paramètres.</translation>
    </message>
    <message>
        <source>Sending this counter&apos;s changes…</source>
        <translation>Envoi des modifications de ce comptoir…</translation>
    </message>
    <message>
        <source>Updating the catalog…</source>
        <translation>Mise à jour du catalogue…</translation>
    </message>
    <message>
        <source>Receiving other counters&apos; changes…</source>
        <translation>Réception des modifications des autres comptoirs…</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a program request was unusable; it will be sent again.</source>
        <translation>La réponse du serveur à une demande de programme était inutilisable; elle sera envoyée de nouveau.</translation>
    </message>
    <message>
        <source>Sending program requests…</source>
        <translation>Envoi des demandes de programme…</translation>
    </message>
    <message>
        <source>Sending purchases and redemptions to Astro…</source>
        <translation>Envoi des achats et des échanges à Astro…</translation>
    </message>
</context>
<context>
    <name>UndoCommand</name>
    <message>
        <source>Redemption %1 undone.</source>
        <translation>Échange %1 défait.</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Use: user add NAME --role cashier|manager|admin --new-pin PIN</source>
        <translation>Syntaxe : user add NAME --role cashier|manager|admin --new-pin PIN</translation>
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
        <source>%1 updated.</source>
        <translation>Utilisateur %1 mis à jour.</translation>
    </message>
    <message>
        <source>--role is cashier, manager or admin.</source>
        <translation>--role accepte cashier, manager ou admin.</translation>
    </message>
    <message>
        <source>Use: user list|add|pin|role|disable|enable|unlock NAME</source>
        <translation>Syntaxe : user list|add|pin|role|disable|enable|unlock NAME</translation>
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
        <translation>L’utilisateur %1 est désactivé. Adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>Give the user a name.</source>
        <translation>Donnez un nom à l’utilisateur.</translation>
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
        <translation>%1 est le dernier administrateur : attribuez d’abord le rôle Administrateur à un autre utilisateur.</translation>
    </message>
</context>
<context>
    <name>VisitService</name>
    <message>
        <source>“%1” is not an item: write UPC, UPCxQUANTITY or UPCxQUANTITY@PRICE (for example 012345678905x2@12.99).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un article : écrivez UPC, UPCxQUANTITY ou UPCxQUANTITY@PRICE (par exemple 012345678905x2@12.99).</translation>
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
        <translation>«&#xa0;%1&#xa0;» est en attente dans cette succursale : le poinçon compte, mais les crédits sont retenus jusqu’à ce qu’un gérant choisisse un distributeur.</translation>
    </message>
    <message>
        <source>%1 is not on any frequent buyer card.</source>
        <translation>%1 ne figure sur aucune carte Acheteur fréquent.</translation>
    </message>
    <message>
        <source>%1 is on “%2”, which this location is not enrolled in.</source>
        <translation>%1 figure sur «&#xa0;%2&#xa0;», mais cette succursale n’y est pas inscrite.</translation>
    </message>
    <message>
        <source>%1 is on “%2”, which is not running on %3.</source>
        <translation>%1 figure sur «&#xa0;%2&#xa0;», qui n’est pas en vigueur le %3.</translation>
    </message>
    <message>
        <source>This visit is finished; start a new one.</source>
        <translation>Cette visite est terminée; commencez-en une nouvelle.</translation>
    </message>
    <message>
        <source>No product has the UPC %1. Check the number, or search the item by name.</source>
        <translation>Aucun produit ne porte le CUP %1. Vérifiez le numéro ou recherchez l’article par son nom.</translation>
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
        <translation>L’heure de la vente (%1) est dans le futur; vérifiez l’horloge du système de caisse.</translation>
    </message>
    <message>
        <source>Choose why this item is added by hand: %1.</source>
        <translation>Indiquez pourquoi cet article est ajouté manuellement : %1.</translation>
    </message>
    <message>
        <source>There is no program card %1.</source>
        <translation>La carte de programme %1 n’existe pas.</translation>
    </message>
    <message>
        <source>This location is not enrolled in the program of “%1”.</source>
        <translation>Cette succursale n’est pas inscrite au programme de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no scan number %1.</source>
        <translation>Aucun balayage ne porte le numéro %1.</translation>
    </message>
    <message>
        <source>This scan was already voided.</source>
        <translation>Ce balayage a déjà été retiré.</translation>
    </message>
    <message>
        <source>This visit is already finished.</source>
        <translation>Cette visite est déjà terminée.</translation>
    </message>
    <message>
        <source>This visit adds %1 punches to “%2”: give a reason (for example, converting a paper card).</source>
        <translation>Cette visite ajoute %1 poinçons à «&#xa0;%2&#xa0;» : indiquez une raison (par exemple, la conversion d’une carte papier).</translation>
    </message>
    <message>
        <source>Take 1 to %1 units off this line, or void it whole.</source>
        <translation>Retirez de 1 à %1 unités de cette ligne, ou retirez-la au complet.</translation>
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
        <translation>L’article gratuit ne doit pas coûter plus cher que l’article le moins cher acheté sur cette carte.</translation>
    </message>
    <message>
        <source>The free item must be the same size as the items bought on this card.</source>
        <translation>L’article gratuit doit être du même format que les articles achetés sur cette carte.</translation>
    </message>
    <message>
        <source>The free item must be one the customer bought on this card.</source>
        <translation>L’article gratuit doit être un article que le client a acheté sur cette carte.</translation>
    </message>
    <message>
        <source>The free item must be the one the customer bought most often on this card.</source>
        <translation>L’article gratuit doit être celui que le client a acheté le plus souvent sur cette carte.</translation>
    </message>
    <message>
        <source>Held (Temporary Holding)</source>
        <translation>Retenu (mise en attente)</translation>
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
    <name>VoidCommand</name>
    <message>
        <source>Scan %1 voided.</source>
        <translation>Balayage %1 retiré.</translation>
    </message>
</context>
<context>
    <name>astro::SalesFolder</name>
    <message>
        <source>Choose the folder where the POS puts its sales files.</source>
        <translation>Choisissez le dossier où le PDV dépose ses fichiers de ventes.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Astro Counter may not write in the folder %1, so it could not move the sales files out once imported.</source>
        <translation>Astro Counter n’a pas le droit d’écrire dans le dossier %1 : il ne pourrait pas en sortir les fichiers de ventes une fois importés.</translation>
    </message>
    <message>
        <source>The sales of %1 were recorded, but the file could not be moved to %2. It stays in the folder; importing it again records nothing twice.</source>
        <translation>Les ventes de %1 sont enregistrées, mais le fichier n’a pas pu être déplacé vers %2. Il reste dans le dossier; l’importer de nouveau n’enregistre rien en double.</translation>
    </message>
    <message>
        <source>These lines of %1 are for items on no loyalty card or offer running here, and were not recorded:</source>
        <translation>Ces lignes de %1 sont pour des articles qui ne sont sur aucune carte de fidélité ni offre en cours ici; elles n’ont pas été enregistrées :</translation>
    </message>
    <message>
        <source>Nothing in %1 was recorded. Correct it and put it back in the sales folder:</source>
        <translation>Rien de %1 n’a été enregistré. Corrigez-le et remettez-le dans le dossier des ventes :</translation>
    </message>
    <message>
        <source>%1 was refused, but the file %2 could not be written: %3</source>
        <translation>%1 a été refusé, mais le fichier %2 n’a pas pu être écrit : %3</translation>
    </message>
    <message>
        <source>%1 was refused, but it could not be moved to %2.</source>
        <translation>%1 a été refusé, mais il n’a pas pu être déplacé vers %2.</translation>
    </message>
</context>
<context>
    <name>astro::bridge::BridgeHost</name>
    <message>
        <source>POS bridge listening on http://127.0.0.1:%1/api/json/</source>
        <translation>Passerelle PDV à l’écoute sur http://127.0.0.1:%1/api/json/</translation>
    </message>
    <message>
        <source>POS sales folder</source>
        <translation>Dossier des ventes du PDV</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) recorded</source>
        <translation>
            <numerusform>%1 : %n ligne enregistrée</numerusform>
            <numerusform>%1 : %n lignes enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: rejected, nothing recorded. %2</source>
        <translation>%1 : refusé, rien n’est enregistré. %2</translation>
    </message>
    <message>
        <source>%1: not read yet (%2); trying again soon.</source>
        <translation>%1 : pas encore lu (%2); nouvel essai sous peu.</translation>
    </message>
    <message>
        <source>POS bridge stopped.</source>
        <translation>Passerelle PDV arrêtée.</translation>
    </message>
</context>
<context>
    <name>astro::bridge::BridgeServer</name>
    <message>
        <source>The POS bridge cannot listen on port %1 of this computer: another program may be using it. Choose another port in Settings.</source>
        <translation>La passerelle PDV ne peut pas écouter sur le port %1 de cet ordinateur : un autre programme l’utilise peut-être. Choisissez un autre port dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>astro::ui::AppearanceGroup</name>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Colors</source>
        <translation>&amp;Couleurs</translation>
    </message>
    <message>
        <source>As the computer</source>
        <translation>Comme l’ordinateur</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Foncé</translation>
    </message>
    <message>
        <source>Dark suits a dim store; &quot;As the computer&quot; follows the desktop&apos;s dark mode.</source>
        <translation>Le mode foncé convient à un magasin peu éclairé; « Comme l’ordinateur » suit le mode foncé du bureau.</translation>
    </message>
</context>
<context>
    <name>astro::ui::AuditFilterBar</name>
    <message>
        <source>Search: account number, program, user, value…</source>
        <translation>Rechercher : numéro de compte, programme, utilisateur, valeur…</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Rechercher dans le journal de vérification</translation>
    </message>
</context>
<context>
    <name>astro::ui::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Succursale</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Ancien → nouveau</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
</context>
<context>
    <name>astro::ui::AuditLogPage</name>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Exporter le journal de vérification en CSV</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Feuille de calcul CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n entrée du journal de vérification exportée dans %1.</numerusform>
            <numerusform>%n entrées du journal de vérification exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal de vérification</translation>
    </message>
    <message>
        <source>Every change to enrollments, account numbers, credits, batches, users and settings: who made it, when, where, and the old and new values. Entries are only added, never changed or removed.</source>
        <translation>Chaque modification des inscriptions, des numéros de compte, des crédits, des lots, des utilisateurs et des paramètres : qui l’a faite, quand, où, avec l’ancienne et la nouvelle valeur. Les entrées sont seulement ajoutées, jamais modifiées ni supprimées.</translation>
    </message>
    <message>
        <source>Only a Manager or an Admin can read the audit log.</source>
        <translation>Seul un gérant ou un administrateur peut consulter le journal de vérification.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entry(ies) shown; more as you scroll.</source>
        <translation>
            <numerusform>L’entrée la plus récente est affichée; les autres suivent au défilement.</numerusform>
            <numerusform>Les %n entrées les plus récentes sont affichées; les autres suivent au défilement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::BackOfficeWidget</name>
    <message>
        <source>Back office</source>
        <translation>Arrière-boutique</translation>
    </message>
    <message>
        <source>Back-office pages</source>
        <translation>Pages de l’arrière-boutique</translation>
    </message>
</context>
<context>
    <name>astro::ui::BackupGroup</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>Last good backup: %1.</source>
        <translation>Dernière sauvegarde valide : %1.</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Aucune sauvegarde pour l’instant.</translation>
    </message>
    <message>
        <source>The last backup failed: %1</source>
        <translation>La dernière sauvegarde a échoué : %1</translation>
    </message>
</context>
<context>
    <name>astro::ui::BackupsDialog</name>
    <message>
        <source>Backed up and checked.</source>
        <translation>Sauvegardé et vérifié.</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Faite à la main</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Last good backup: %1 (%2).</source>
        <translation>Dernière sauvegarde valide : %1 (%2).</translation>
    </message>
    <message>
        <source>No backup yet: make one now.</source>
        <translation>Aucune sauvegarde pour l’instant : faites-en une maintenant.</translation>
    </message>
    <message>
        <source>Backing up… the counter can keep working.</source>
        <translation>Sauvegarde en cours… le comptoir peut continuer à travailler.</translation>
    </message>
    <message>
        <source>The last backup failed: %1</source>
        <translation>La dernière sauvegarde a échoué : %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message numerus="yes">
        <source>Saved: backups go to %1 and are kept %n day(s).</source>
        <translation>
            <numerusform>Enregistré : les sauvegardes vont dans %1 et sont gardées %n jour.</numerusform>
            <numerusform>Enregistré : les sauvegardes vont dans %1 et sont gardées %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Keep for:</source>
        <translation>&amp;Garder pendant :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sauve&amp;garder maintenant</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Each backup is checked before it is kept. A folder on another disk (a USB drive, a network share) keeps the store&apos;s history if this computer&apos;s disk fails. To put a backup back, close Astro Counter and run: astro-counter-cli restore FILE --yes (the database it replaces is kept beside it).</source>
        <translation>Chaque sauvegarde est vérifiée avant d’être gardée. Un dossier sur un autre disque (une clé USB, un partage réseau) garde l’historique du magasin si le disque de cet ordinateur tombe en panne. Pour remettre une sauvegarde en place, fermez Astro Counter et lancez : astro-counter-cli restore FILE --yes (la base de données remplacée est gardée à côté).</translation>
    </message>
</context>
<context>
    <name>astro::ui::BatchFilterBar</name>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>All manufacturers</source>
        <translation>Tous les fabricants</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Toutes les succursales</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Succursale</translation>
    </message>
    <message>
        <source>&amp;Opened</source>
        <translation>&amp;Ouvert du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
</context>
<context>
    <name>astro::ui::BatchLinesModel</name>
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
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Redeemed</source>
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
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
</context>
<context>
    <name>astro::ui::BatchListModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Ouvert le %1</translation>
    </message>
    <message>
        <source>Takes new rewards until %1</source>
        <translation>Accepte de nouvelles récompenses jusqu’au %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Fermé le %1</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>Soumis le %1</translation>
    </message>
    <message>
        <source>Complete %1</source>
        <translation>Terminé le %1</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Succursale</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>astro::ui::BatchTotalsModel</name>
    <message>
        <source>All manufacturers</source>
        <translation>Tous les fabricants</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es)</source>
        <translation>
            <numerusform>%n lot</numerusform>
            <numerusform>%n lots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::BatchesPage</name>
    <message>
        <source>Close batch</source>
        <translation>Fermer le lot</translation>
    </message>
    <message>
        <source>Close batch %1 (%2, %3) for new rewards? The next rewards for %2 at this location go to a new batch.</source>
        <translation>Fermer le lot %1 (%2, %3) aux nouvelles récompenses? Les prochaines récompenses de %2 dans cette succursale iront dans un nouveau lot.</translation>
    </message>
    <message>
        <source>Batch %1 is closed.</source>
        <translation>Le lot %1 est fermé.</translation>
    </message>
    <message numerus="yes">
        <source>Mark batch %1 as submitted to %2? Do it once its report (%3 for %n redemption(s)) was sent to the manufacturer or brand rep.</source>
        <translation>
            <numerusform>Marquer le lot %1 comme soumis à %2? Faites-le une fois son rapport (%3 pour %n échange) envoyé au fabricant ou au représentant de la marque.</numerusform>
            <numerusform>Marquer le lot %1 comme soumis à %2? Faites-le une fois son rapport (%3 pour %n échanges) envoyé au fabricant ou au représentant de la marque.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch also closes for new rewards.</source>
        <translation>Le lot est aussi fermé aux nouvelles récompenses.</translation>
    </message>
    <message>
        <source>Mark submitted</source>
        <translation>Marquer comme soumis</translation>
    </message>
    <message>
        <source>Batch %1 is submitted.</source>
        <translation>Le lot %1 est soumis.</translation>
    </message>
    <message>
        <source>Mark complete</source>
        <translation>Marquer comme terminé</translation>
    </message>
    <message>
        <source>Mark batch %1 as complete? Do it once %2 has credited the store %3.</source>
        <translation>Marquer le lot %1 comme terminé? Faites-le une fois que %2 a crédité %3 au magasin.</translation>
    </message>
    <message>
        <source>Batch %1 is complete.</source>
        <translation>Le lot %1 est terminé.</translation>
    </message>
    <message>
        <source>Export batch %1 as CSV</source>
        <translation>Exporter le lot %1 en CSV</translation>
    </message>
    <message>
        <source>Export batch %1 as PDF</source>
        <translation>Exporter le lot %1 en PDF</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Feuille de calcul CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exporting closes batch %1 for new rewards: the next rewards for %2 at this location go to a new batch. Export it?</source>
        <translation>L’exportation ferme le lot %1 aux nouvelles récompenses : les prochaines récompenses de %2 dans cette succursale iront dans un nouveau lot. L’exporter?</translation>
    </message>
    <message>
        <source>Retailer Free Goods Credit Batch %1</source>
        <translation>Lot de crédits de produits gratuits du détaillant %1</translation>
    </message>
    <message>
        <source>Print batch %1</source>
        <translation>Imprimer le lot %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Printing batch %1…</source>
        <translation>Impression du lot %1…</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>L’impression a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 was sent to the printer (%n line(s)).</source>
        <translation>
            <numerusform>Le lot %1 a été envoyé à l’imprimante (%n ligne).</numerusform>
            <numerusform>Le lot %1 a été envoyé à l’imprimante (%n lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 was exported to %2, but it could not be closed: %3</source>
        <translation>Le lot %1 a été exporté dans %2, mais il n’a pas pu être fermé : %3</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 exported to %2 (%n line(s)).</source>
        <translation>
            <numerusform>Lot %1 exporté dans %2 (%n ligne).</numerusform>
            <numerusform>Lot %1 exporté dans %2 (%n lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the cadence</source>
        <translation>Changer la cadence</translation>
    </message>
    <message>
        <source>New batches will take rewards for a %1 period (now %2). Batches already open keep their period. Change it?</source>
        <translation>Les nouveaux lots accepteront des récompenses selon la période : %1 (actuellement : %2). Les lots déjà ouverts gardent leur période. La changer?</translation>
    </message>
    <message>
        <source>New batches now follow a %1 cadence.</source>
        <translation>Les nouveaux lots seront maintenant créés %1.</translation>
    </message>
    <message>
        <source>Free goods batches</source>
        <translation>Lots de produits gratuits</translation>
    </message>
    <message>
        <source>Retailer Free Goods Credit Batches</source>
        <translation>Lots de crédits de produits gratuits du détaillant</translation>
    </message>
    <message>
        <source>New batches &amp;cadence</source>
        <translation>&amp;Cadence des nouveaux lots</translation>
    </message>
    <message>
        <source>How long a new batch takes rewards before it closes by itself.</source>
        <translation>Combien de temps un nouveau lot accepte des récompenses avant de se fermer de lui-même.</translation>
    </message>
    <message>
        <source>Only a Manager or an Admin can close, export, submit or complete batches.</source>
        <translation>Seul un gérant ou un administrateur peut fermer, exporter, soumettre ou terminer des lots.</translation>
    </message>
    <message>
        <source>Totals by manufacturer</source>
        <translation>Totaux par fabricant</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Choose a batch to see its lines.</source>
        <translation>Choisissez un lot pour voir ses lignes.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %2 at %3 — %n line(s)</source>
        <translation>
            <numerusform>Lot %1 : %2 à %3 — %n ligne</numerusform>
            <numerusform>Lot %1 : %2 à %3 — %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Lines of the selected batch</source>
        <translation>Lignes du lot choisi</translation>
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
        <translation>Choisissez d’abord le client, puis balayez les articles.</translation>
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
        <translation>Aucune récompense n’est en attente sur les cartes de ce client.</translation>
    </message>
    <message>
        <source>Redeemed: %1 free on “%2”.</source>
        <translation>Échange effectué sur «&#xa0;%2&#xa0;» : %1 sans frais.</translation>
    </message>
    <message>
        <source>Voided: %1.</source>
        <translation>Balayage retiré : %1.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Échange défait : %1.</translation>
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
        <translation>Aucun client pour l’instant</translation>
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
    <message>
        <source>Find the customer on the left (%1), or add a new one (%2). Shortcuts: %3</source>
        <translation>Recherchez le client à gauche (%1) ou ajoutez-en un nouveau (%2). Raccourcis : %3</translation>
    </message>
</context>
<context>
    <name>astro::ui::ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>astro::ui::CreditFilterBar</name>
    <message>
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <source>&amp;Distributor</source>
        <translation>&amp;Distributeur</translation>
    </message>
    <message>
        <source>All distributors</source>
        <translation>Tous les distributeurs</translation>
    </message>
    <message>
        <source>Direct (manufacturer)</source>
        <translation>Direct (fabricant)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Succursale</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Toutes les succursales</translation>
    </message>
    <message>
        <source>&amp;Given</source>
        <translation>&amp;Remis du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
</context>
<context>
    <name>astro::ui::CreditGroupsModel</name>
    <message>
        <source>All credits</source>
        <translation>Tous les crédits</translation>
    </message>
    <message>
        <source>Direct: the manufacturer credits the store</source>
        <translation>Direct : le fabricant crédite le magasin</translation>
    </message>
    <message>
        <source>%1, credited by %2</source>
        <translation>%1, crédité par %2</translation>
    </message>
    <message>
        <source>Distributor / manufacturer</source>
        <translation>Distributeur / fabricant</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenus</translation>
    </message>
</context>
<context>
    <name>astro::ui::CreditLinesModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
UPC %2
%3</source>
        <translation>%1
CUP %2
%3</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Remis le</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
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
    <message>
        <source>Credited by</source>
        <translation>Crédité par</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <source>Credit status</source>
        <translation>État du crédit</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Succursale</translation>
    </message>
</context>
<context>
    <name>astro::ui::CreditResubmitDialog</name>
    <message>
        <source>This credit is %1: only a declined credit is resubmitted.</source>
        <translation>Ce crédit est %1 : seul un crédit refusé peut être soumis de nouveau.</translation>
    </message>
    <message>
        <source>%1 needs the store&apos;s account number.</source>
        <translation>%1 exige le numéro de compte du magasin.</translation>
    </message>
    <message>
        <source>Enter the account number to send with the credit.</source>
        <translation>Entrez le numéro de compte à envoyer avec le crédit.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 for %2, given %3 at %4 (%5).</source>
        <translation>%1 pour %2, remis le %3 à %4 (%5).</translation>
    </message>
    <message>
        <source>Account number: %1 (unchanged)</source>
        <translation>Numéro de compte : %1 (inchangé)</translation>
    </message>
    <message>
        <source>Account number: %1  →  %2</source>
        <translation>Numéro de compte : %1  →  %2</translation>
    </message>
    <message>
        <source>The enrollment of %1 in “%2” still has %3: it is corrected to %4 too, so the next credits carry the right number.</source>
        <translation>L’inscription de %1 à «&#xa0;%2&#xa0;» porte encore %3 : elle est aussi corrigée à %4, pour que les prochains crédits portent le bon numéro.</translation>
    </message>
    <message>
        <source>The credit becomes uncredited and goes to %1 again. The change is written in the audit log with your name and sent to Astro.</source>
        <translation>Le crédit redevient non crédité et est envoyé de nouveau à %1. La modification est inscrite au journal de vérification à votre nom et envoyée à Astro.</translation>
    </message>
    <message>
        <source>The credit for %1 (%2) was resubmitted to %3 with account number %4: it is uncredited again.</source>
        <translation>Le crédit pour %1 (%2) a été soumis de nouveau à %3 avec le numéro de compte %4 : il est de nouveau non crédité.</translation>
    </message>
    <message>
        <source>Fix and resubmit</source>
        <translation>Corriger et soumettre de nouveau</translation>
    </message>
    <message>
        <source>Fix and resubmit a declined credit</source>
        <translation>Corriger et soumettre de nouveau un crédit refusé</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Declined by %1</source>
        <translation>Refusé par %1</translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation>Aucune raison n’a été donnée.</translation>
    </message>
    <message>
        <source>&amp;Account number at %1</source>
        <translation>&amp;Numéro de compte chez %1</translation>
    </message>
    <message>
        <source>&amp;Account number</source>
        <translation>&amp;Numéro de compte</translation>
    </message>
    <message>
        <source>The store&apos;s account number at %1</source>
        <translation>Le numéro de compte du magasin chez %1</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>What was fixed, and with whom</source>
        <translation>Ce qui a été corrigé, et avec qui</translation>
    </message>
    <message>
        <source>The enrollment of %1 in this program has the same number: a corrected number fixes it too.</source>
        <translation>L’inscription de %1 à ce programme porte le même numéro : un numéro corrigé la corrige aussi.</translation>
    </message>
    <message>
        <source>Only this credit changes: the enrollment of %1 in this program is left as it is.</source>
        <translation>Seul ce crédit change : l’inscription de %1 à ce programme reste telle quelle.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Resubmit…</source>
        <translation>Soumettre de nouveau…</translation>
    </message>
    <message>
        <source>Resubmit this credit?</source>
        <translation>Soumettre ce crédit de nouveau?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>Soumettre de nouveau</translation>
    </message>
</context>
<context>
    <name>astro::ui::CreditsPage</name>
    <message>
        <source>Declined by %1</source>
        <translation>Refusé par %1</translation>
    </message>
    <message>
        <source>No reason was given. Check the credit with the distributor.</source>
        <translation>Aucune raison n’a été donnée. Vérifiez le crédit auprès du distributeur.</translation>
    </message>
    <message>
        <source>Held in Temporary Holding</source>
        <translation>Retenu en attente</translation>
    </message>
    <message>
        <source>This credit is sent to no distributor yet. Choose the distributor for “%1” at %2 on the Temporary Holding page: its held credits then go to it.</source>
        <translation>Ce crédit n’est encore envoyé à aucun distributeur. Choisissez le distributeur de «&#xa0;%1&#xa0;» à %2 dans la page Mise en attente : ses crédits retenus lui seront alors envoyés.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) could not be changed.</source>
        <translation>
            <numerusform>%n crédit n’a pas pu être modifié.</numerusform>
            <numerusform>%n crédits n’ont pas pu être modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n uncredited credit(s) as credited (%1)?</source>
        <translation>
            <numerusform>Marquer %n crédit non crédité comme crédité (%1)?</numerusform>
            <numerusform>Marquer %n crédits non crédités comme crédités (%1)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Do it once the store has been credited for them.</source>
        <translation>Faites-le une fois que le magasin a été crédité pour ceux-ci.</translation>
    </message>
    <message>
        <source>Do it once %1 has credited the store for them.</source>
        <translation>Faites-le une fois que %1 a crédité le magasin pour ceux-ci.</translation>
    </message>
    <message>
        <source>Mark credited</source>
        <translation>Marquer comme crédités</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) marked credited.</source>
        <translation>
            <numerusform>%n crédit marqué comme crédité.</numerusform>
            <numerusform>%n crédits marqués comme crédités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark declined</source>
        <translation>Marquer comme refusés</translation>
    </message>
    <message numerus="yes">
        <source>Why did %1 decline %n credit(s) (%2)? The reason shows on the credits until they are fixed and resubmitted.</source>
        <translation>
            <numerusform>Pourquoi %1 a-t-il refusé %n crédit (%2)? La raison s’affiche sur le crédit jusqu’à ce qu’il soit corrigé et soumis de nouveau.</numerusform>
            <numerusform>Pourquoi %1 a-t-il refusé %n crédits (%2)? La raison s’affiche sur les crédits jusqu’à ce qu’ils soient corrigés et soumis de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>the distributor</source>
        <translation>le distributeur</translation>
    </message>
    <message>
        <source>Incorrect account number</source>
        <translation>Numéro de compte erroné</translation>
    </message>
    <message>
        <source>Give the reason the credit was declined.</source>
        <translation>Indiquez la raison pour laquelle le crédit a été refusé.</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) marked declined.</source>
        <translation>
            <numerusform>%n crédit marqué comme refusé.</numerusform>
            <numerusform>%n crédits marqués comme refusés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n credited credit(s) as reconciled (%1)?</source>
        <translation>
            <numerusform>Marquer %n crédit crédité comme rapproché (%1)?</numerusform>
            <numerusform>Marquer %n crédits crédités comme rapprochés (%1)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Do it once you have checked them against the credit memos.</source>
        <translation>Faites-le une fois que vous les avez vérifiés avec les notes de crédit.</translation>
    </message>
    <message>
        <source>Do it once you have checked them against %1&apos;s credit memo.</source>
        <translation>Faites-le une fois que vous les avez vérifiés avec la note de crédit de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n other selected credit(s) are not credited and stay as they are.</source>
        <translation>
            <numerusform>%n autre crédit sélectionné n’est pas crédité et reste tel quel.</numerusform>
            <numerusform>%n autres crédits sélectionnés ne sont pas crédités et restent tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark reconciled</source>
        <translation>Marquer comme rapprochés</translation>
    </message>
    <message numerus="yes">
        <source>%n credit(s) marked reconciled.</source>
        <translation>
            <numerusform>%n crédit marqué comme rapproché.</numerusform>
            <numerusform>%n crédits marqués comme rapprochés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Distributor credits</source>
        <translation>Crédits des distributeurs</translation>
    </message>
    <message>
        <source>Distributor free goods credits</source>
        <translation>Crédits de produits gratuits des distributeurs</translation>
    </message>
    <message>
        <source>Free goods credited by distributors, or by the manufacturer for direct programs. A credit is uncredited until the distributor credits the store, then reconciled against the credit memo; a declined credit is fixed and resubmitted.</source>
        <translation>Produits gratuits crédités par les distributeurs, ou par le fabricant pour les programmes directs. Un crédit reste non crédité jusqu’à ce que le distributeur crédite le magasin, puis il est rapproché de la note de crédit; un crédit refusé est corrigé et soumis de nouveau.</translation>
    </message>
    <message>
        <source>Only a Manager or an Admin can mark credits or resubmit them.</source>
        <translation>Seul un gérant ou un administrateur peut marquer les crédits ou les soumettre de nouveau.</translation>
    </message>
    <message>
        <source>Fix and resubmit…</source>
        <translation>Corriger et soumettre de nouveau…</translation>
    </message>
    <message>
        <source>Open Temporary Holding</source>
        <translation>Ouvrir la mise en attente</translation>
    </message>
    <message>
        <source>Mark credited…</source>
        <translation>Marquer comme crédités…</translation>
    </message>
    <message>
        <source>Mark declined…</source>
        <translation>Marquer comme refusés…</translation>
    </message>
    <message>
        <source>Mark reconciled…</source>
        <translation>Marquer comme rapprochés…</translation>
    </message>
    <message numerus="yes">
        <source>All credits: %n redemption(s), %1</source>
        <translation>
            <numerusform>Tous les crédits : %n échange, %1</numerusform>
            <numerusform>Tous les crédits : %n échanges, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n redemption(s), %3</source>
        <translation>
            <numerusform>%1 · %2 : %n échange, %3</numerusform>
            <numerusform>%1 · %2 : %n échanges, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n redemption(s), %2</source>
        <translation>
            <numerusform>%1 : %n échange, %2</numerusform>
            <numerusform>%1 : %n échanges, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Credits by distributor and manufacturer</source>
        <translation>Crédits par distributeur et par fabricant</translation>
    </message>
    <message>
        <source>Credits of the selected group</source>
        <translation>Crédits du groupe choisi</translation>
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
    <message>
        <source>Astro ✓ %1</source>
        <translation>Astro ✓ %1</translation>
    </message>
    <message>
        <source>Astro: %1 of %2 at %3</source>
        <translation>Astro : %1 sur %2 à %3</translation>
    </message>
    <message numerus="yes">
        <source>Astro counted %1 of %2 and %n free unit(s) waiting on %3.</source>
        <translation>
            <numerusform>Astro comptait %1 sur %2 et %n unité gratuite en attente le %3.</numerusform>
            <numerusform>Astro comptait %1 sur %2 et %n unités gratuites en attente le %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::CustomerDisplay</name>
    <message>
        <source>Welcome!</source>
        <translation>Bienvenue!</translation>
    </message>
    <message>
        <source>Every bag you buy counts toward a free one. Ask us about the loyalty cards.</source>
        <translation>Chaque sac acheté compte pour un sac gratuit. Renseignez-vous sur les cartes de fidélité.</translation>
    </message>
    <message>
        <source>Hello, %1!</source>
        <translation>Bonjour, %1!</translation>
    </message>
    <message>
        <source>Your loyalty cards</source>
        <translation>Vos cartes de fidélité</translation>
    </message>
    <message>
        <source>No card yet: your first purchase of a brand we carry starts one.</source>
        <translation>Aucune carte pour l’instant : votre premier achat d’une marque que nous offrons en commence une.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more to your free item</source>
        <translation>
            <numerusform>Encore %n achat avant votre article gratuit</numerusform>
            <numerusform>Encore %n achats avant votre article gratuit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free item(s) earned!</source>
        <translation>
            <numerusform>%n article gratuit obtenu!</numerusform>
            <numerusform>%n articles gratuits obtenus!</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>astro::ui::CustomerDisplayController</name>
    <message>
        <source>Customer display — Astro Counter</source>
        <translation>Écran client — Astro Counter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
</context>
<context>
    <name>astro::ui::CustomerHistoryWidget</name>
    <message>
        <source>Undone: %1.</source>
        <translation>Échange défait : %1.</translation>
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
    <message>
        <source>Redemptions</source>
        <translation>Échanges</translation>
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
    <message>
        <source>Find a customer by name, phone or email</source>
        <translation>Rechercher un client par nom, téléphone ou courriel</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Clients trouvés</translation>
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
        <translation>Défait le %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire</translation>
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
    <name>astro::ui::EnrollmentEditorDialog</name>
    <message>
        <source>There is no location %1.</source>
        <translation>La succursale %1 n’existe pas.</translation>
    </message>
    <message>
        <source>There is no program or offer %1.</source>
        <translation>Aucun programme ni aucune offre ne correspond à %1.</translation>
    </message>
    <message>
        <source>Enter the store&apos;s account number with %1.</source>
        <translation>Entrez le numéro de compte du magasin chez %1.</translation>
    </message>
    <message>
        <source>Choose the distributor you buy this brand from, or Temporary Holding if it is not listed.</source>
        <translation>Choisissez le distributeur auprès duquel vous achetez cette marque, ou Mise en attente s’il ne figure pas dans la liste.</translation>
    </message>
    <message>
        <source>%1 needs the store&apos;s account number.</source>
        <translation>%1 exige le numéro de compte du magasin.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n held redemption(s) will go to %1 with this account number and become uncredited.</source>
        <translation>
            <numerusform>%n échange retenu ira à %1 avec ce numéro de compte et deviendra non crédité.</numerusform>
            <numerusform>%n échanges retenus iront à %1 avec ce numéro de compte et deviendront non crédités.</numerusform>
        </translation>
    </message>
    <message>
        <source>From now on, the credits for this program&apos;s redemptions here are held and sent to no distributor until you choose one.</source>
        <translation>Dorénavant, les crédits des échanges de ce programme ici sont retenus et envoyés à aucun distributeur jusqu’à ce que vous en choisissiez un.</translation>
    </message>
    <message>
        <source>The change is written in the audit log with your name and sent to Astro.</source>
        <translation>La modification est inscrite au journal de vérification à votre nom et envoyée à Astro.</translation>
    </message>
    <message>
        <source>%1 at %2: %3.</source>
        <translation>%1 à %2 : %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n held redemption(s) released to %1.</source>
        <translation>
            <numerusform>%n échange retenu libéré vers %1.</numerusform>
            <numerusform>%n échanges retenus libérés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the enrollment</source>
        <translation>Modifier l’inscription</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Actuellement : %1</translation>
    </message>
    <message>
        <source>&amp;Distributor</source>
        <translation>&amp;Distributeur</translation>
    </message>
    <message>
        <source>Choose a distributor</source>
        <translation>Choisissez un distributeur</translation>
    </message>
    <message>
        <source>&amp;Account number</source>
        <translation>&amp;Numéro de compte</translation>
    </message>
    <message>
        <source>Only the distributors that serve %1 and carry this brand are listed. Choose the one you buy it from (if several, the one you buy most from), or Temporary Holding if yours is not listed.</source>
        <translation>Seuls les distributeurs qui desservent %1 et offrent cette marque sont dans la liste. Choisissez celui auprès duquel vous l’achetez (s’il y en a plusieurs, celui auprès duquel vous achetez le plus), ou Mise en attente si le vôtre n’y figure pas.</translation>
    </message>
    <message>
        <source>&amp;Account number at %1</source>
        <translation>&amp;Numéro de compte chez %1</translation>
    </message>
    <message>
        <source>Direct fulfilled: %1 credits the store itself, with the store&apos;s account number there.</source>
        <translation>Réalisation directe : %1 crédite lui-même le magasin, avec le numéro de compte du magasin chez lui.</translation>
    </message>
    <message>
        <source>Retailer fulfilled: the store claims its own credits in Retailer Free Goods Credit Batches, so there is no distributor or account number to choose.</source>
        <translation>Réalisation par le détaillant : le magasin réclame lui-même ses crédits dans les lots de crédits de produits gratuits du détaillant; il n’y a donc ni distributeur ni numéro de compte à choisir.</translation>
    </message>
    <message>
        <source>Temporary Holding keeps no account number</source>
        <translation>La mise en attente ne conserve aucun numéro de compte</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>The store&apos;s account number</source>
        <translation>Le numéro de compte du magasin</translation>
    </message>
    <message numerus="yes">
        <source>%n redemption(s) are held in Temporary Holding: they go to the distributor you choose.</source>
        <translation>
            <numerusform>%n échange est retenu en attente : il ira au distributeur que vous choisirez.</numerusform>
            <numerusform>%n échanges sont retenus en attente : ils iront au distributeur que vous choisirez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Enroll…</source>
        <translation>Inscrire…</translation>
    </message>
    <message>
        <source>Save this change?</source>
        <translation>Enregistrer cette modification?</translation>
    </message>
    <message>
        <source>Enroll this location?</source>
        <translation>Inscrire cette succursale?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>astro::ui::EnrollmentGridModel</name>
    <message>
        <source>Not published here</source>
        <translation>Non publié ici</translation>
    </message>
    <message>
        <source>“%1” is not published in %2, %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas publié à %2, %3.</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
    <message>
        <source>Program or offer</source>
        <translation>Programme ou offre</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>astro::ui::EnrollmentGridPage</name>
    <message>
        <source>Only a Manager or an Admin can change the enrollment.</source>
        <translation>Seul un gérant ou un administrateur peut modifier l’inscription.</translation>
    </message>
    <message>
        <source>Enrollment grid</source>
        <translation>Grille d’inscription</translation>
    </message>
    <message>
        <source>Which distributor each location uses for each program and offer, with the store&apos;s account number there. Double-click a cell to enroll the location or change it.</source>
        <translation>Le distributeur que chaque succursale utilise pour chaque programme et chaque offre, avec le numéro de compte du magasin chez lui. Double-cliquez sur une cellule pour inscrire la succursale ou modifier son inscription.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s) in Temporary Holding: their credits are held until you choose a distributor.</source>
        <translation>
            <numerusform>%n inscription en attente : ses crédits sont retenus jusqu’à ce que vous choisissiez un distributeur.</numerusform>
            <numerusform>%n inscriptions en attente : leurs crédits sont retenus jusqu’à ce que vous choisissiez un distributeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
</context>
<context>
    <name>astro::ui::ExportProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>astro::ui::ExportRunner</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n ligne exportée dans %1.</numerusform>
            <numerusform>%n lignes exportées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’exportation a été annulée; aucun fichier n’a été écrit.</translation>
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
        <translation>Cette visite a ajouté plus d’un poinçon à ces cartes. Indiquez pourquoi avant de terminer; la raison est conservée avec la visite.</translation>
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
        <translation>Conversion d’une carte papier</translation>
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
    <message>
        <source>Choose a reason</source>
        <translation>Choisissez une raison</translation>
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
        <translation>Ce magasin n’a encore aucun utilisateur. Le premier est un administrateur, qui pourra ensuite ajouter les autres.</translation>
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
    <name>astro::ui::HeldProgramsModel</name>
    <message>
        <source>Program or offer</source>
        <translation>Programme ou offre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Succursale</translation>
    </message>
    <message>
        <source>Held redemptions</source>
        <translation>Échanges retenus</translation>
    </message>
</context>
<context>
    <name>astro::ui::HeldRedemptionsModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
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
</context>
<context>
    <name>astro::ui::HoldingPage</name>
    <message>
        <source>Only a Manager or an Admin can choose the distributor.</source>
        <translation>Seul un gérant ou un administrateur peut choisir le distributeur.</translation>
    </message>
    <message>
        <source>Temporary Holding</source>
        <translation>Mise en attente (Temporary Holding)</translation>
    </message>
    <message>
        <source>Programs whose distributor is not chosen yet. Punches still count, but the credits for their redemptions are held and sent to nobody. Choose the distributor you buy the brand from: every held redemption then goes to it.</source>
        <translation>Les programmes dont le distributeur n’est pas encore choisi. Les poinçons comptent quand même, mais les crédits de leurs échanges sont retenus et envoyés à personne. Choisissez le distributeur auprès duquel vous achetez la marque : chaque échange retenu lui est alors envoyé.</translation>
    </message>
    <message>
        <source>Nothing is in Temporary Holding: every program has its distributor.</source>
        <translation>Rien n’est en attente : chaque programme a son distributeur.</translation>
    </message>
    <message>
        <source>Choose distributor…</source>
        <translation>Choisir le distributeur…</translation>
    </message>
    <message numerus="yes">
        <source>%n redemption(s) held for “%1” at %2</source>
        <translation>
            <numerusform>%n échange retenu pour «&#xa0;%1&#xa0;» à %2</numerusform>
            <numerusform>%n échanges retenus pour «&#xa0;%1&#xa0;» à %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Held redemptions</source>
        <translation>Échanges retenus</translation>
    </message>
    <message>
        <source>Programs in Temporary Holding</source>
        <translation>Programmes en attente (Temporary Holding)</translation>
    </message>
</context>
<context>
    <name>astro::ui::HoldingWarningDialog</name>
    <message>
        <source>Temporary Holding</source>
        <translation>Mise en attente (Temporary Holding)</translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) in Temporary Holding at %1</source>
        <translation>
            <numerusform>%n programme en attente à %1</numerusform>
            <numerusform>%n programmes en attente à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Punches still count, but the credits for these programs&apos; redemptions are held and sent to no distributor.</source>
        <translation>Les poinçons comptent toujours, mais les crédits des échanges de ces programmes sont retenus et ne sont transmis à aucun distributeur.</translation>
    </message>
    <message>
        <source>Choose the distributor you buy these brands from in the enrollment; every held redemption then goes to it.</source>
        <translation>Dans l’inscription, choisissez le distributeur auprès duquel vous achetez ces marques; tous les échanges retenus lui seront alors transmis.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>J’ai compris</translation>
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
        <translation>Changer d’utilisateur</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1&apos;s visit for %2 is still open.</source>
        <translation>La visite de %2 ouverte par %1 est toujours en cours.</translation>
    </message>
    <message>
        <source>The next user to sign in would take it over. Finish the visit first, or switch anyway.</source>
        <translation>Le prochain utilisateur à ouvrir une session la reprendrait. Terminez d’abord la visite, ou changez quand même.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <source>Switch anyway</source>
        <translation>Changer quand même</translation>
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
        <translation>Le dossier de %1 (%2) et tout son historique seront fusionnés avec celui de %3 (%4). %1 n’apparaîtra ensuite plus dans les recherches. Cette opération ne peut pas être défaite ici.</translation>
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
            <numerusform>%n clients ont déjà ce numéro de téléphone ou ce courriel. Utilisez l’un d’eux ou ajoutez quand même %1 (par exemple, une personne du même foyer).</numerusform>
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
        <translation>Le prénom et le nom sont obligatoires, ainsi qu’un téléphone ou un courriel.</translation>
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
        <translation>L’article auquel s’applique la remise</translation>
    </message>
    <message>
        <source>Choose the free item</source>
        <translation>Choisissez l’article gratuit</translation>
    </message>
    <message>
        <source>Customer email (required)</source>
        <translation>Courriel du client (obligatoire)</translation>
    </message>
    <message>
        <source>Redeem offer</source>
        <translation>Échanger l’offre</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>astro::ui::PosAccountDialog</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Add a POS account</source>
        <translation>Ajouter un compte PDV</translation>
    </message>
    <message>
        <source>The point of sale signs in to the bridge with these three, as it would with Astro: enter the same in its Astro settings.</source>
        <translation>Le point de vente se connecte à la passerelle avec ces trois renseignements, comme il le ferait avec Astro : entrez les mêmes dans ses paramètres Astro.</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <source>Change a POS account&apos;s password</source>
        <translation>Changer le mot de passe d’un compte PDV</translation>
    </message>
    <message>
        <source>The new password of %1 (client id %2). Enter the same in the point of sale&apos;s Astro settings: it signs in with it from now on.</source>
        <translation>Le nouveau mot de passe de %1 (identifiant client %2). Entrez le même dans les paramètres Astro du point de vente : il se connecte désormais avec celui-ci.</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Client id</source>
        <translation>Identifiant &amp;client</translation>
    </message>
    <message>
        <source>&amp;Password (at least %1 characters)</source>
        <translation>&amp;Mot de passe (au moins %1 caractères)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Mot de passe, &amp;encore</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe, encore</translation>
    </message>
</context>
<context>
    <name>astro::ui::PosBridgeDialog</name>
    <message>
        <source>Saved. The bridge follows the new settings now.</source>
        <translation>Enregistré. La passerelle suit maintenant les nouveaux paramètres.</translation>
    </message>
    <message>
        <source>Saved. The bridge is off.</source>
        <translation>Enregistré. La passerelle est arrêtée.</translation>
    </message>
    <message>
        <source>Sales folder</source>
        <translation>Dossier des ventes</translation>
    </message>
    <message>
        <source>The POS account %1 was added.</source>
        <translation>Le compte PDV %1 a été ajouté.</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>Le mot de passe de %1 a été changé.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>A point of sale signed in as %1 can no longer call the bridge. What it recorded stays.</source>
        <translation>Un point de vente connecté comme %1 ne pourra plus appeler la passerelle. Ce qu’il a enregistré reste.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The POS account %1 was removed.</source>
        <translation>Le compte PDV %1 a été supprimé.</translation>
    </message>
    <message>
        <source>Off: no point of sale can reach this counter.</source>
        <translation>Arrêtée : aucun point de vente ne peut joindre ce comptoir.</translation>
    </message>
    <message>
        <source>Listening at %1</source>
        <translation>À l’écoute à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) answered since it started, the last at %1</source>
        <translation>
            <numerusform>%n appel traité depuis le démarrage, le dernier à %1</numerusform>
            <numerusform>%n appels traités depuis le démarrage, le dernier à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No call answered yet</source>
        <translation>Aucun appel traité pour l’instant</translation>
    </message>
    <message>
        <source>Watching the sales folder %1</source>
        <translation>Surveille le dossier des ventes %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêtée : %1</translation>
    </message>
    <message>
        <source>Last sales file: %1</source>
        <translation>Dernier fichier de ventes : %1</translation>
    </message>
    <message>
        <source>POS bridge</source>
        <translation>Passerelle PDV</translation>
    </message>
    <message>
        <source>While Astro Counter is open, a point-of-sale system on this computer that speaks Astro&apos;s API records its sales here, even offline; the sync sends them to Astro.</source>
        <translation>Pendant qu’Astro Counter est ouvert, un système de point de vente de cet ordinateur qui parle l’API d’Astro enregistre ses ventes ici, même hors ligne; la synchronisation les transmet à Astro.</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>&amp;Turn the POS bridge on</source>
        <translation>&amp;Mettre la passerelle PDV en marche</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>&amp;URL de base</translation>
    </message>
    <message>
        <source>Base URL for the point of sale</source>
        <translation>URL de base pour le point de vente</translation>
    </message>
    <message>
        <source>The Astro base URL to enter in the point of sale.</source>
        <translation>L’URL de base d’Astro à entrer dans le point de vente.</translation>
    </message>
    <message>
        <source>&amp;Sales folder</source>
        <translation>&amp;Dossier des ventes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the sales folder</source>
        <translation>Choisir le dossier des ventes</translation>
    </message>
    <message>
        <source>Sales files a POS drops here are recorded whole or not at all, then moved to done/ or to rejected/.</source>
        <translation>Les fichiers de ventes qu’un PDV dépose ici sont enregistrés en entier ou pas du tout, puis déplacés dans done/ ou rejected/.</translation>
    </message>
    <message>
        <source>&amp;Follow the POS</source>
        <translation>&amp;Suivre le PDV</translation>
    </message>
    <message>
        <source>The checkout opens the customer the POS is ringing up, unless a visit with scans is under way.</source>
        <translation>La caisse ouvre le client que le PDV est en train de servir, sauf si une visite avec des lectures est en cours.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Bridge status</source>
        <translation>État de la passerelle</translation>
    </message>
    <message>
        <source>POS accounts</source>
        <translation>Comptes PDV</translation>
    </message>
    <message>
        <source>The point of sale signs in with one of these, as it would with Astro.</source>
        <translation>Le point de vente se connecte avec l’un de ceux-ci, comme il le ferait avec Astro.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Add a POS account</source>
        <translation>Ajouter un compte PDV</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Nouveau &amp;mot de passe…</translation>
    </message>
    <message>
        <source>New password for the POS account</source>
        <translation>Nouveau mot de passe pour le compte PDV</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>Remove the POS account</source>
        <translation>Supprimer le compte PDV</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>astro::ui::PosFollower</name>
    <message>
        <source>The point of sale updated %1&apos;s cards: a reward is waiting on “%2”.</source>
        <translation>Le point de vente a mis à jour les cartes de %1 : une récompense attend sur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The point of sale updated %1&apos;s cards.</source>
        <translation>Le point de vente a mis à jour les cartes de %1.</translation>
    </message>
    <message>
        <source>The point of sale is ringing up %1: finish this visit to see their cards.</source>
        <translation>Le point de vente sert %1 : terminez cette visite pour voir ses cartes.</translation>
    </message>
    <message>
        <source>The point of sale is ringing up %1.</source>
        <translation>Le point de vente sert %1.</translation>
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
    <name>astro::ui::ProgramCardsModel</name>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>In the same visit</source>
        <translation>Lors de la même visite</translation>
    </message>
</context>
<context>
    <name>astro::ui::ProgramListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · withdrawn</source>
        <translation>%1 · %2 · retiré</translation>
    </message>
    <message>
        <source>Program or offer</source>
        <translation>Programme ou offre</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscription</translation>
    </message>
</context>
<context>
    <name>astro::ui::ProgramRequestDialog</name>
    <message>
        <source>Ready to send</source>
        <translation>Prête à envoyer</translation>
    </message>
    <message>
        <source>The request is saved on this counter and sent to Astro&apos;s help desk at the next sync. The answer appears in the list.</source>
        <translation>La demande est enregistrée sur ce comptoir et envoyée au centre d’assistance d’Astro à la prochaine synchronisation. La réponse apparaît dans la liste.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>Encore requis</translation>
    </message>
    <message>
        <source>Request a program</source>
        <translation>Demander un programme</translation>
    </message>
    <message>
        <source>Ask Astro to build a tracking program for a brand it does not carry. The more detail you give, the sooner it is ready.</source>
        <translation>Demandez à Astro de créer un programme de suivi pour une marque qu’il n’offre pas. Plus vous donnez de détails, plus vite il sera prêt.</translation>
    </message>
    <message>
        <source>The program</source>
        <translation>Le programme</translation>
    </message>
    <message>
        <source>Fulfillment and contacts</source>
        <translation>Réalisation et personnes-ressources</translation>
    </message>
    <message>
        <source>Brands:</source>
        <translation>Marques :</translation>
    </message>
    <message>
        <source>e.g. Acana, Orijen (separate with commas)</source>
        <translation>p. ex. Acana, Orijen (séparées par des virgules)</translation>
    </message>
    <message>
        <source>Parent company:</source>
        <translation>Société mère :</translation>
    </message>
    <message>
        <source>e.g. Champion Petfoods</source>
        <translation>p. ex. Champion Petfoods</translation>
    </message>
    <message>
        <source>Types of items:</source>
        <translation>Types d’articles :</translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation>Offre :</translation>
    </message>
    <message>
        <source>Free items</source>
        <translation>Articles gratuits</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabais</translation>
    </message>
    <message>
        <source>Buy X:</source>
        <translation>Achetez X :</translation>
    </message>
    <message>
        <source>Get Y:</source>
        <translation>Obtenez Y :</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>% off</source>
        <translation> % de rabais</translation>
    </message>
    <message>
        <source>Cards by:</source>
        <translation>Cartes par :</translation>
    </message>
    <message>
        <source>None checked: one card for every item.</source>
        <translation>Aucune case cochée : une seule carte pour tous les articles.</translation>
    </message>
    <message>
        <source>Build option:</source>
        <translation>Option de création :</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Règle :</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>Aucune règle</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>Aucun délai</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Fulfillment:</source>
        <translation>Réalisation :</translation>
    </message>
    <message>
        <source>Tracking programs are always Retailer Fulfilled: the store claims its credit from the brand itself, and Astro does not guarantee it.</source>
        <translation>Les programmes de suivi sont toujours en réalisation par le détaillant : le magasin réclame lui-même son crédit à la marque, et Astro ne le garantit pas.</translation>
    </message>
    <message>
        <source>Distributor:</source>
        <translation>Distributeur :</translation>
    </message>
    <message>
        <source>Where you buy the brand (optional)</source>
        <translation>Où vous achetez la marque (facultatif)</translation>
    </message>
    <message>
        <source>Brand rep:</source>
        <translation>Représentant de la marque :</translation>
    </message>
    <message>
        <source>Rep&apos;s email:</source>
        <translation>Courriel du représentant :</translation>
    </message>
    <message>
        <source>Rep&apos;s phone:</source>
        <translation>Téléphone du représentant :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Anything else the help desk should know (optional)</source>
        <translation>Tout ce que le centre d’assistance devrait savoir d’autre (facultatif)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Submit request</source>
        <translation>Envoyer la demande</translation>
    </message>
</context>
<context>
    <name>astro::ui::ProgramRequestsModel</name>
    <message>
        <source>%1 (%2), asked by %3</source>
        <translation>%1 (%2), demandé par %3</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
</context>
<context>
    <name>astro::ui::ProgramRequestsPage</name>
    <message>
        <source>Your request for %1 is saved; it goes to Astro&apos;s help desk at the next sync.</source>
        <translation>Votre demande pour %1 est enregistrée; elle sera envoyée au centre d’assistance d’Astro à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Program requests</source>
        <translation>Demandes de programme</translation>
    </message>
    <message>
        <source>Astro builds a tracking program for a brand it does not carry when a store asks. Tracking programs are Retailer Fulfilled: the store arranges its credit with the brand, with no guarantee from Astro.</source>
        <translation>Astro crée un programme de suivi pour une marque qu’il n’offre pas quand un magasin le demande. Les programmes de suivi sont en réalisation par le détaillant : le magasin convient de son crédit avec la marque, sans garantie d’Astro.</translation>
    </message>
    <message>
        <source>Request a program…</source>
        <translation>Demander un programme…</translation>
    </message>
    <message>
        <source>No program was requested yet.</source>
        <translation>Aucun programme n’a encore été demandé.</translation>
    </message>
</context>
<context>
    <name>astro::ui::ProgramsPage</name>
    <message>
        <source>No program chosen</source>
        <translation>Aucun programme choisi</translation>
    </message>
    <message>
        <source>No program or offer is published for this location.</source>
        <translation>Aucun programme ni aucune offre n’est publié pour cette succursale.</translation>
    </message>
    <message>
        <source>Choose a program or an offer on the left.</source>
        <translation>Choisissez un programme ou une offre à gauche.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>Every card</source>
        <translation>Toutes les cartes</translation>
    </message>
    <message>
        <source>Export the products</source>
        <translation>Exporter les produits</translation>
    </message>
    <message>
        <source>products-%1.csv</source>
        <translation>produits-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n product line(s) written to %1.</source>
        <translation>
            <numerusform>%n ligne de produit écrite dans %1.</numerusform>
            <numerusform>%n lignes de produits écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Programs and offers</source>
        <translation>Programmes et offres</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Succursale :</translation>
    </message>
    <message>
        <source>Export products…</source>
        <translation>Exporter les produits…</translation>
    </message>
    <message>
        <source>Write the qualifying products of the chosen program, card by card, to a CSV file</source>
        <translation>Écrire les produits admissibles du programme choisi, carte par carte, dans un fichier CSV</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Cards (%1)</source>
        <translation>Cartes (%1)</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Carte :</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message>
        <source>Products (%1)</source>
        <translation>Produits (%1)</translation>
    </message>
    <message>
        <source>Cards of the selected program</source>
        <translation>Cartes du programme choisi</translation>
    </message>
    <message>
        <source>Qualifying products</source>
        <translation>Produits admissibles</translation>
    </message>
</context>
<context>
    <name>astro::ui::QualifyingProductsModel</name>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <source>%1 · %2 kg</source>
        <translation>%1 · %2 kg</translation>
    </message>
    <message>
        <source>UPC</source>
        <translation>CUP</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>%1 · %2 · store price %3</source>
        <translation>%1 · %2 · prix en magasin %3</translation>
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
        <translation>Choisissez l’article gratuit</translation>
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
    <name>astro::ui::ReportFilterBar</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Succursale</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Toutes les succursales</translation>
    </message>
</context>
<context>
    <name>astro::ui::ReportParticipationModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 (offer)</source>
        <translation>%1 (offre)</translation>
    </message>
    <message>
        <source>Program or offer</source>
        <translation>Programme ou offre</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Units punched</source>
        <translation>Unités poinçonnées</translation>
    </message>
    <message>
        <source>Cards completed</source>
        <translation>Cartes remplies</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Récompenses échangées</translation>
    </message>
    <message>
        <source>Redemption cost</source>
        <translation>Coût des échanges</translation>
    </message>
</context>
<context>
    <name>astro::ui::ReportRedemptionsModel</name>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
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
        <source>Program or offer</source>
        <translation>Programme ou offre</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
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
    <message>
        <source>Fulfillment</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Succursale</translation>
    </message>
</context>
<context>
    <name>astro::ui::ReportsPage</name>
    <message>
        <source>Export the redemptions as CSV</source>
        <translation>Exporter les échanges en CSV</translation>
    </message>
    <message>
        <source>Export participation as CSV</source>
        <translation>Exporter la participation en CSV</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Feuille de calcul CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>The free items given over the chosen days, and what each program did: units punched, cards completed, rewards redeemed and their cost. Undone redemptions and voided scans do not count.</source>
        <translation>Les articles gratuits remis pendant les jours choisis, et les résultats de chaque programme : unités poinçonnées, cartes remplies, récompenses échangées et leur coût. Les échanges annulés et les balayages annulés ne comptent pas.</translation>
    </message>
    <message>
        <source>Only a Manager or an Admin can read the reports.</source>
        <translation>Seul un gérant ou un administrateur peut consulter les rapports.</translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n redemption(s), free units: %1, cost %2</source>
        <translation>
            <numerusform>%n échange, unités gratuites : %1, coût %2</numerusform>
            <numerusform>%n échanges, unités gratuites : %1, coût %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n program(s) or offer(s) with activity</source>
        <translation>
            <numerusform>%n programme ou offre avec de l’activité</numerusform>
            <numerusform>%n programmes ou offres avec de l’activité</numerusform>
        </translation>
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
            <numerusform>%n programme en attente</numerusform>
            <numerusform>%n programmes en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sync conflict(s)</source>
        <translation>
            <numerusform>%n conflit de synchronisation</numerusform>
            <numerusform>%n conflits de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes from two counters that cannot both be true: look at them and mark them resolved.</source>
        <translation>Des modifications de deux comptoirs qui ne peuvent pas être vraies toutes les deux : examinez-les et marquez-les comme résolues.</translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Synchronisation non configurée</translation>
    </message>
    <message>
        <source>An Admin enters the Astro server in the settings.</source>
        <translation>Un administrateur entre le serveur Astro dans les paramètres.</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé à %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Offline — retrying at %1</source>
        <translation>Hors ligne — nouvel essai à %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sync refused: %1</source>
        <translation>Synchronisation refusée : %1</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Prochain essai à %1.</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Dernière synchronisation réussie : %1</translation>
    </message>
    <message>
        <source>Not synced yet.</source>
        <translation>Pas encore synchronisé.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Send this counter&apos;s changes and receive the others&apos; now.</source>
        <translation>Envoyer maintenant les modifications de ce comptoir et recevoir celles des autres.</translation>
    </message>
    <message>
        <source>POS bridge on :%1</source>
        <translation>Passerelle PDV :%1</translation>
    </message>
    <message>
        <source>The point of sale reaches this counter at %1</source>
        <translation>Le point de vente joint ce comptoir à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) answered, the last at %1</source>
        <translation>
            <numerusform>%n appel traité, le dernier à %1</numerusform>
            <numerusform>%n appels traités, le dernier à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No call answered yet</source>
        <translation>Aucun appel traité pour l’instant</translation>
    </message>
    <message>
        <source>POS bridge stopped: %1</source>
        <translation>Passerelle PDV arrêtée : %1</translation>
    </message>
    <message>
        <source>Read-only: damaged database</source>
        <translation>Lecture seule : base de données endommagée</translation>
    </message>
    <message>
        <source>Nothing new can be recorded. Click for the way back.</source>
        <translation>Rien de nouveau ne peut être enregistré. Cliquez pour savoir comment rétablir la situation.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Vérification de la base de données…</translation>
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
        <translation>Verrouiller après (minutes d’inactivité)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Scanner: most time between keystrokes</source>
        <translation>Lecteur : délai entre touches</translation>
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
    <message>
        <source>Needed only to change the sync settings</source>
        <translation>Requis seulement pour modifier la synchronisation</translation>
    </message>
    <message>
        <source>Checking where the password is kept…</source>
        <translation>Vérification de l’endroit où le mot de passe est conservé…</translation>
    </message>
    <message>
        <source>Enter the sync user name.</source>
        <translation>Entrez le nom d’utilisateur de synchronisation.</translation>
    </message>
    <message>
        <source>Enter the sync password: the server checks it before the sync settings are saved.</source>
        <translation>Entrez le mot de passe de synchronisation : le serveur le vérifie avant que les paramètres de synchronisation soient enregistrés.</translation>
    </message>
    <message>
        <source>Checking the user name and password with the server…</source>
        <translation>Vérification du nom d’utilisateur et du mot de passe auprès du serveur…</translation>
    </message>
    <message>
        <source>Sync with the Astro server (Admin)</source>
        <translation>Synchro Astro (administrateur)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>On, at port %1, for a point of sale on this computer.</source>
        <translation>En marche, au port %1, pour un point de vente de cet ordinateur.</translation>
    </message>
    <message>
        <source>Off. A point of sale that speaks Astro&apos;s API can record its sales on this counter.</source>
        <translation>Arrêtée. Un point de vente qui parle l’API d’Astro peut enregistrer ses ventes sur ce comptoir.</translation>
    </message>
    <message>
        <source>Point of sale (Admin)</source>
        <translation>Point de vente (administrateur)</translation>
    </message>
    <message>
        <source>&amp;POS bridge…</source>
        <translation>Passerelle &amp;PDV…</translation>
    </message>
    <message>
        <source>&amp;Customer display</source>
        <translation>Écran &amp;client</translation>
    </message>
    <message>
        <source>On a second screen</source>
        <translation>Sur un deuxième écran</translation>
    </message>
    <message>
        <source>Opens by itself on a screen facing the customer; Ctrl+Shift+D shows or hides it.</source>
        <translation>S’ouvre de lui-même sur un écran tourné vers le client; Ctrl+Shift+D l’affiche ou le masque.</translation>
    </message>
    <message>
        <source>Counter&apos;s language</source>
        <translation>Langue du comptoir</translation>
    </message>
    <message>
        <source>Customer display language</source>
        <translation>Langue de l’écran client</translation>
    </message>
    <message>
        <source>Diagnostics copied</source>
        <translation>Diagnostics copiés</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copier les &amp;diagnostics</translation>
    </message>
    <message>
        <source>Copies what support needs to know about this counter, to paste into your message to them. It holds no password.</source>
        <translation>Copie ce que le soutien technique doit savoir sur ce comptoir, à coller dans votre message. Aucun mot de passe n’y figure.</translation>
    </message>
</context>
<context>
    <name>astro::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>A barcode scanner types the UPC and Enter: it needs no shortcut.</source>
        <translation>Un lecteur de codes-barres tape le CUP puis Entrée : il n’a besoin d’aucun raccourci.</translation>
    </message>
</context>
<context>
    <name>astro::ui::SignInWidget</name>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>Choisissez d’abord votre nom dans la liste.</translation>
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
        <translation>Ce comptoir n’a pas encore de succursale.</translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation>Comptoir : %1</translation>
    </message>
</context>
<context>
    <name>astro::ui::SoundGroup</name>
    <message>
        <source>Off</source>
        <translation>Coupé</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Scan sound</source>
        <translation>Son du balayage</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <source>Scan sound volume</source>
        <translation>Volume du son du balayage</translation>
    </message>
    <message>
        <source>How loud the counter answers each scan; all the way left is off.</source>
        <translation>Le volume du son qui répond à chaque balayage; tout à gauche, il est coupé.</translation>
    </message>
    <message>
        <source>Pla&amp;y</source>
        <translation>Faire &amp;entendre</translation>
    </message>
    <message>
        <source>Plays the sound of a recorded scan at this volume.</source>
        <translation>Fait entendre le son d’un balayage enregistré, à ce volume.</translation>
    </message>
</context>
<context>
    <name>astro::ui::SyncConflictsDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>What the server says</source>
        <translation>Message du serveur</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Not known at this counter</source>
        <translation>Inconnu à ce comptoir</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Non résolu</translation>
    </message>
    <message>
        <source>No open sync conflicts</source>
        <translation>Aucun conflit de synchronisation non résolu</translation>
    </message>
    <message numerus="yes">
        <source>%n open sync conflict(s)</source>
        <translation>
            <numerusform>%n conflit de synchronisation non résolu</numerusform>
            <numerusform>%n conflits de synchronisation non résolus</numerusform>
        </translation>
    </message>
    <message>
        <source>a customer not known at this counter</source>
        <translation>un client inconnu à ce comptoir</translation>
    </message>
    <message>
        <source>Mark “%1” for %2 (%3) resolved? Both changes stay as they are; your name and the time go in the audit log.</source>
        <translation>Marquer «&#xa0;%1&#xa0;» pour %2 (%3) comme résolu? Les deux modifications restent telles quelles; votre nom et l’heure sont inscrits au journal de vérification.</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Show resolved conflicts too</source>
        <translation>Afficher aussi les conflits résolus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Marquer comme résolu</translation>
    </message>
    <message>
        <source>Mark resolved…</source>
        <translation>Marquer comme résolu…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Changes that cannot all be true (usually two counters offline at the same time), and what Astro refused: a purchase, a redemption or a customer. Nothing was deleted. Look at the customer&apos;s history, set right what needs it, then mark the conflict resolved.</source>
        <translation>Des modifications qui ne peuvent pas toutes être vraies (habituellement deux comptoirs hors ligne en même temps), et ce qu’Astro a refusé : un achat, un échange ou un client. Rien n’a été supprimé. Consultez l’historique du client, corrigez ce qui doit l’être, puis marquez le conflit comme résolu.</translation>
    </message>
</context>
<context>
    <name>astro::ui::UndoRedemptionDialog</name>
    <message>
        <source>Undo a redemption</source>
        <translation>Défaire un échange</translation>
    </message>
    <message>
        <source>Undo this redemption?</source>
        <translation>Défaire cet échange?</translation>
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
        <translation>Rien n’est supprimé : le retour en arrière est enregistré à votre nom.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire l’échange</translation>
    </message>
</context>
<context>
    <name>astro::ui::UserAddDialog</name>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Les deux NIP ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 12 digits)</source>
        <translation>N&amp;IP (4 à 12 chiffres)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>NIP &amp;de nouveau</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter l’utilisateur</translation>
    </message>
</context>
<context>
    <name>astro::ui::UserPinDialog</name>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Les deux NIP ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Réinitialiser le NIP</translation>
    </message>
    <message>
        <source>The new PIN for %1. Give it to them in person; they sign in with it from now on.</source>
        <translation>Le nouveau NIP de %1. Remettez-le-lui en personne; c’est avec lui que la session s’ouvrira dorénavant.</translation>
    </message>
    <message>
        <source>&amp;New PIN (4 to 12 digits)</source>
        <translation>&amp;Nouveau NIP (4 à 12 chiffres)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>NIP &amp;de nouveau</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Définir le NIP</translation>
    </message>
</context>
<context>
    <name>astro::ui::UserRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>The role of %1 (now %2). A Cashier checks out customers; a Manager also runs the back office; an Admin also manages users and exceptions.</source>
        <translation>Le rôle de %1 (actuellement : %2). Un caissier passe les clients à la caisse; un gérant gère aussi l’arrière-boutique; un administrateur gère aussi les utilisateurs et les exceptions.</translation>
    </message>
</context>
<context>
    <name>astro::ui::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>astro::ui::UsersPage</name>
    <message>
        <source>Enable…</source>
        <translation>Activer…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message>
        <source>The PIN of %1 was changed.</source>
        <translation>Le NIP de %1 a été changé.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again.</source>
        <translation>%1 pourra de nouveau ouvrir une session.</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their history stays.</source>
        <translation>%1 ne pourra plus ouvrir de session. Son historique est conservé.</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau ouvrir une session.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 est désactivé.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Who can sign in at this store&apos;s counters, and with which role. A disabled user cannot sign in; their history stays. The last active Admin cannot be demoted or disabled.</source>
        <translation>Qui peut ouvrir une session aux comptoirs de ce magasin, et avec quel rôle. Un utilisateur désactivé ne peut pas ouvrir de session; son historique est conservé. Le dernier administrateur actif ne peut être ni rétrogradé ni désactivé.</translation>
    </message>
    <message>
        <source>Only an Admin can manage users.</source>
        <translation>Seul un administrateur peut gérer les utilisateurs.</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>Réinitialiser le NIP…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Changer le rôle…</translation>
    </message>
    <message>
        <source>%1 typed too many wrong PINs and cannot sign in until %2.</source>
        <translation>%1 a entré trop de NIP erronés et ne peut pas ouvrir de session avant %2.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Let the selected user sign in again now, before their lockout after too many wrong PINs ends.</source>
        <translation>Permettre à l’utilisateur choisi d’ouvrir une session dès maintenant, avant la fin du verrouillage dû à trop de NIP erronés.</translation>
    </message>
</context>
<context>
    <name>astro::ui::VisitRedemptionsModel</name>
    <message>
        <source>Undone</source>
        <translation>Défait</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Défaire</translation>
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
        <translation>Retirer</translation>
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
