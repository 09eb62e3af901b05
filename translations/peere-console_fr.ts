<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BulkEdits</name>
    <message>
        <source>Choose the column to search in.</source>
        <translation>Choisissez la colonne où chercher.</translation>
    </message>
    <message>
        <source>Enter the text to find.</source>
        <translation>Saisissez le texte à rechercher.</translation>
    </message>
    <message>
        <source>The regular expression is not valid: %1 (at character %2).</source>
        <translation>L'expression régulière n'est pas valide : %1 (au caractère %2).</translation>
    </message>
</context>
<context>
    <name>EditLog</name>
    <message>
        <source>Cannot open the edit log %1: %2</source>
        <translation>Impossible d'ouvrir le journal des modifications %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the edit log %1: %2</source>
        <translation>Impossible d'écrire le journal des modifications %1 : %2</translation>
    </message>
    <message>
        <source>The edit log %1 belongs to another version of the file and cannot be set aside.</source>
        <translation>Le journal des modifications %1 appartient à une autre version du fichier et ne peut pas être mis de côté.</translation>
    </message>
    <message>
        <source>Cannot open the edit log %1.</source>
        <translation>Impossible d'ouvrir le journal des modifications %1.</translation>
    </message>
    <message>
        <source>The edit could not be saved to %1: %2</source>
        <translation>La modification n'a pas pu être enregistrée dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the edit log %1: %2</source>
        <translation>Impossible de lire le journal des modifications %1 : %2</translation>
    </message>
    <message>
        <source>The migration %1 is for another file (%2): the edits of %3 cannot be kept in it.</source>
        <translation>La migration %1 concerne un autre fichier (%2) : les modifications de %3 ne peuvent pas y être conservées.</translation>
    </message>
</context>
<context>
    <name>MappingTemplate</name>
    <message>
        <source>This is not a column mapping template.</source>
        <translation>Ce n'est pas un modèle de correspondance des colonnes.</translation>
    </message>
    <message>
        <source>This column mapping template was written by a newer version.</source>
        <translation>Ce modèle de correspondance des colonnes a été écrit par une version plus récente.</translation>
    </message>
    <message>
        <source>The column mapping template names no record kind.</source>
        <translation>Le modèle de correspondance des colonnes n'indique aucun type d'enregistrement.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>This column mapping is for a devices file, not for customers or merchants.</source>
        <translation>Cette correspondance de colonnes est celle d'un fichier d'appareils, pas de clients ni de marchands.</translation>
    </message>
</context>
<context>
    <name>Peere</name>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Processing time per batch</source>
        <translation>Temps de traitement par lot</translation>
    </message>
    <message>
        <source>Validation errors</source>
        <translation>Erreurs de validation</translation>
    </message>
    <message>
        <source>Errors after migration</source>
        <translation>Erreurs après migration</translation>
    </message>
    <message>
        <source>target above 95%</source>
        <translation>objectif : plus de 95 %</translation>
    </message>
    <message>
        <source>target under 5 minutes</source>
        <translation>objectif : moins de 5 minutes</translation>
    </message>
    <message>
        <source>target under 1%</source>
        <translation>objectif : moins de 1 %</translation>
    </message>
    <message>
        <source>target under 2%</source>
        <translation>objectif : moins de 2 %</translation>
    </message>
    <message>
        <source>Not measured yet</source>
        <translation>Pas encore mesuré</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Close to the limit</source>
        <translation>Proche de la limite</translation>
    </message>
    <message>
        <source>Target missed</source>
        <translation>Objectif manqué</translation>
    </message>
</context>
<context>
    <name>Peere::ApiClient</name>
    <message>
        <source>The server address %1 is not a valid URL.</source>
        <translation>L'adresse du serveur %1 n'est pas une URL valide.</translation>
    </message>
    <message>
        <source>No API key was given.</source>
        <translation>Aucune clé d'API n'a été fournie.</translation>
    </message>
</context>
<context>
    <name>Peere::BatchLogModel</name>
    <message>
        <source>No usable answer: the records' fate is looked up before any re-send.</source>
        <translation>Aucune réponse exploitable : le sort des enregistrements est vérifié avant tout renvoi.</translation>
    </message>
    <message>
        <source>No usable answer (%1): the records' fate is looked up before any re-send.</source>
        <translation>Aucune réponse exploitable (%1) : le sort des enregistrements est vérifié avant tout renvoi.</translation>
    </message>
    <message>
        <source>Refused whole: split in two to find the records the server refuses.</source>
        <translation>Refusé en bloc : scindé en deux pour trouver les enregistrements que le serveur refuse.</translation>
    </message>
    <message>
        <source>Could not reach the server (%1): nothing was sent, tried again later.</source>
        <translation>Serveur injoignable (%1) : rien n'a été envoyé, nouvel essai plus tard.</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En cours d'envoi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Peere::BatchMetricsModel</name>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Cumulative success rate</source>
        <translation>Taux de réussite cumulé</translation>
    </message>
    <message>
        <source>Processing time (min)</source>
        <translation>Temps de traitement (min)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation>Données invalides</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>Migrés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
</context>
<context>
    <name>Peere::BreakdownModel</name>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
</context>
<context>
    <name>Peere::CsvTableModel</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Peere::DeviceFile</name>
    <message>
        <source>Devices are linked to customers, and this migration holds merchants.</source>
        <translation>Les appareils se lient à des clients, et cette migration contient des marchands.</translation>
    </message>
    <message>
        <source>The row names no customer: give its clientRef, reference or email.</source>
        <translation>La ligne ne nomme aucun client : indiquez son clientRef, sa référence ou son e-mail.</translation>
    </message>
    <message>
        <source>There is no customer %1 in this migration.</source>
        <translation>Il n'y a pas de client %1 dans cette migration.</translation>
    </message>
    <message>
        <source>The customer %1 is not migrated yet: link its devices once it is on the server.</source>
        <translation>Le client %1 n'est pas encore migré : liez ses appareils une fois qu'il sera sur le serveur.</translation>
    </message>
    <message>
        <source>The row has no device id.</source>
        <translation>La ligne n'a pas d'identifiant d'appareil.</translation>
    </message>
    <message>
        <source>The device %1 is listed more than once for the customer %2.</source>
        <translation>L'appareil %1 figure plus d'une fois pour le client %2.</translation>
    </message>
    <message>
        <source>No column names the customer and none holds device ids: map one column to clientRef, reference or email, and one or more to device.</source>
        <translation>Aucune colonne ne désigne le client et aucune ne contient d'identifiant d'appareil : associez une colonne à clientRef, reference ou email, et une ou plusieurs à device.</translation>
    </message>
    <message>
        <source>No column names the customer: map one to clientRef, reference or email.</source>
        <translation>Aucune colonne ne désigne le client : associez-en une à clientRef, reference ou email.</translation>
    </message>
    <message>
        <source>No column holds device ids: map one or more to device.</source>
        <translation>Aucune colonne ne contient d'identifiant d'appareil : associez-en une ou plusieurs à device.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: the column mapping does not fit this file's columns.</source>
        <translation>%1 : la correspondance des colonnes ne convient pas aux colonnes de ce fichier.</translation>
    </message>
    <message>
        <source>%1: the read was cancelled.</source>
        <translation>%1 : la lecture a été annulée.</translation>
    </message>
</context>
<context>
    <name>Peere::DeviceLinkModel</name>
    <message>
        <source>Fails validation</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>To link</source>
        <translation>À lier</translation>
    </message>
    <message>
        <source>Linking</source>
        <translation>Liaison en cours</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Peere::DeviceMappingTemplate</name>
    <message>
        <source>This column mapping is for customers or merchants, not for a devices file.</source>
        <translation>Cette correspondance de colonnes est celle de clients ou de marchands, pas d'un fichier d'appareils.</translation>
    </message>
</context>
<context>
    <name>Peere::Environment</name>
    <message>
        <source>Embedded sandbox</source>
        <translation>Sandbox intégrée</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox locale</translation>
    </message>
    <message>
        <source>Peere sandbox</source>
        <translation>Sandbox Peere</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>The address "%1" is not a complete URL such as https://sandbox-api.peere.network.</source>
        <translation>L'adresse « %1 » n'est pas une URL complète comme https://sandbox-api.peere.network.</translation>
    </message>
    <message>
        <source>The address "%1" must start with https:// (or http:// for a sandbox on this computer).</source>
        <translation>L'adresse « %1 » doit commencer par https:// (ou http:// pour une sandbox sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Refusing to send an API key in clear text to %1: use https://, or http:// only for a sandbox on this computer (localhost, 127.0.0.1 or ::1).</source>
        <translation>Envoi d'une clé d'API en clair vers %1 refusé : utilisez https://, ou http:// uniquement pour une sandbox sur cet ordinateur (localhost, 127.0.0.1 ou ::1).</translation>
    </message>
    <message>
        <source>The embedded sandbox is not running.</source>
        <translation>La sandbox intégrée n'est pas démarrée.</translation>
    </message>
</context>
<context>
    <name>Peere::FailureGroupModel</name>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Fixed, not sent yet</source>
        <translation>Corrigés, pas encore envoyés</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Devices file</source>
        <translation>Fichier des appareils</translation>
    </message>
    <message>
        <source>Device link</source>
        <translation>Liaison d'appareil</translation>
    </message>
    <message>
        <source>Trust level</source>
        <translation>Niveau de confiance</translation>
    </message>
</context>
<context>
    <name>Peere::FailureLinkModel</name>
    <message>
        <source>(the server's)</source>
        <translation>(celle du serveur)</translation>
    </message>
    <message>
        <source>The phrase this device is linked with; leave it empty to use the customer's phrase from the server.</source>
        <translation>La phrase avec laquelle cet appareil est lié ; laissez-la vide pour utiliser la phrase du client fournie par le serveur.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne du fichier</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Phrase</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
</context>
<context>
    <name>Peere::FailureList</name>
    <message>
        <source>The failure list %1 cannot be written: %2</source>
        <translation>La liste des échecs %1 ne peut pas être écrite : %2</translation>
    </message>
</context>
<context>
    <name>Peere::FailureRecordModel</name>
    <message>
        <source>Fixed</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
</context>
<context>
    <name>Peere::FailureTrustModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Trust level</source>
        <translation>Niveau de confiance</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <source>Device lookup</source>
        <translation>Recherche d'appareil</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Peere::IssueGroupModel</name>
    <message>
        <source>By rule</source>
        <translation>Par règle</translation>
    </message>
    <message>
        <source>By field</source>
        <translation>Par champ</translation>
    </message>
    <message>
        <source>Whole row</source>
        <translation>Ligne entière</translation>
    </message>
    <message>
        <source>An error: these records cannot be sent until it is fixed.</source>
        <translation>Une erreur : ces enregistrements ne peuvent pas être envoyés avant d'être corrigés.</translation>
    </message>
    <message>
        <source>A warning: these records can be sent.</source>
        <translation>Un avertissement : ces enregistrements peuvent être envoyés.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>Peere::Journal</name>
    <message>
        <source>There is no migration journal at %1.</source>
        <translation>Il n'y a pas de journal de migration à %1.</translation>
    </message>
    <message>
        <source>%1 is not a file, so it cannot be a migration journal.</source>
        <translation>%1 n'est pas un fichier : ce ne peut pas être un journal de migration.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>Le journal %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged or is not a migration journal; nothing was sent.</source>
        <translation>Le journal %1 est endommagé ou n'est pas un journal de migration ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The journal %1 is read-only; nothing was sent. Make the file and its folder writable and run again.</source>
        <translation>Le journal %1 est en lecture seule ; rien n'a été envoyé. Rendez le fichier et son dossier modifiables, puis relancez.</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another run (process %2); nothing was sent.</source>
        <translation>Le journal %1 est utilisé par une autre exécution (processus %2) ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>%1 is not a migration journal; nothing was sent.</source>
        <translation>%1 n'est pas un journal de migration ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of Peere Migration Console; update the console to open it.</source>
        <translation>Le journal %1 a été écrit par une version plus récente de la Console de migration Peere ; mettez la console à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <source>The journal %1 is from an older version; open it once for writing to bring it up to date.</source>
        <translation>Le journal %1 vient d'une version antérieure ; ouvrez-le une fois en écriture pour le mettre à jour.</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another program; nothing was sent. Close the other program and run again.</source>
        <translation>Le journal %1 est verrouillé par un autre programme ; rien n'a été envoyé. Fermez l'autre programme, puis relancez.</translation>
    </message>
    <message>
        <source>The disk holding the journal %1 is full; nothing was lost. Free some space and run again.</source>
        <translation>Le disque du journal %1 est plein ; rien n'a été perdu. Libérez de la place, puis relancez.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened: %2</source>
        <translation>Le journal %1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>The journal %1 could not be written or read: %2</source>
        <translation>Le journal %1 n'a pas pu être écrit ou lu : %2</translation>
    </message>
    <message>
        <source>This journal already holds the records of a migration.</source>
        <translation>Ce journal contient déjà les enregistrements d'une migration.</translation>
    </message>
    <message>
        <source>There is no row %1.</source>
        <translation>Il n'y a pas de ligne %1.</translation>
    </message>
    <message>
        <source>There is no field %1.</source>
        <translation>Il n'y a pas de champ %1.</translation>
    </message>
    <message>
        <source>Row %1 has no trust setting in this journal.</source>
        <translation>La ligne %1 n'a pas de réglage de confiance dans ce journal.</translation>
    </message>
    <message>
        <source>The device link %1 is linked already or not in this journal.</source>
        <translation>La liaison d'appareil %1 est déjà liée ou n'est pas dans ce journal.</translation>
    </message>
    <message>
        <source>Row %1 was already sent to the server: it cannot be excluded from the migration any more.</source>
        <translation>La ligne %1 a déjà été envoyée au serveur : elle ne peut plus être exclue de la migration.</translation>
    </message>
</context>
<context>
    <name>Peere::KpiValue</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>Peere::Metrics</name>
    <message>
        <source>The journal could not be read: %1</source>
        <translation>Le journal n'a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>Peere::MetricsSource</name>
    <message>
        <source>Ceiling</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Invalid records (%)</source>
        <translation>Enregistrements invalides (%)</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>Objectif (%)</translation>
    </message>
    <message>
        <source>Seconds into the run</source>
        <translation>Secondes depuis le début</translation>
    </message>
    <message>
        <source>Records per minute</source>
        <translation>Enregistrements par minute</translation>
    </message>
</context>
<context>
    <name>Peere::NotificationList</name>
    <message>
        <source>The message uses placeholders that the records of this migration do not have: %1</source>
        <translation>Le message utilise des champs que les enregistrements de cette migration n'ont pas : %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The notification list %1 cannot be written: %2</source>
        <translation>La liste de notification %1 ne peut pas être écrite : %2</translation>
    </message>
</context>
<context>
    <name>Peere::NotificationTemplate</name>
    <message>
        <source>The message template %1 cannot be read: %2</source>
        <translation>Le modèle de message %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>a message template starts with a line "Subject: ..."</source>
        <translation>un modèle de message commence par une ligne « Subject: ... »</translation>
    </message>
</context>
<context>
    <name>Peere::PhaseMetricsModel</name>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalides</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>Migrés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Latency p50 (s)</source>
        <translation>Latence p50 (s)</translation>
    </message>
    <message>
        <source>Latency p95 (s)</source>
        <translation>Latence p95 (s)</translation>
    </message>
    <message>
        <source>Slowest batch (min)</source>
        <translation>Lot le plus lent (min)</translation>
    </message>
    <message>
        <source>Records per minute</source>
        <translation>Enregistrements par minute</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation>Données invalides</translation>
    </message>
    <message>
        <source>Gate decision</source>
        <translation>Décision de passage</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Décidé le</translation>
    </message>
</context>
<context>
    <name>Peere::PhasePlan</name>
    <message>
        <source>The number of records cannot be negative.</source>
        <translation>Le nombre d'enregistrements ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The batch size must be at least 1.</source>
        <translation>La taille des lots doit être d'au moins 1.</translation>
    </message>
    <message>
        <source>A rate limit cannot be negative.</source>
        <translation>Une limite de débit ne peut pas être négative.</translation>
    </message>
    <message>
        <source>At least one batch must be allowed in flight.</source>
        <translation>Au moins un lot doit pouvoir être en cours d'envoi.</translation>
    </message>
    <message>
        <source>The pilot and expand shares must satisfy 0 &lt; pilot &lt;= expand &lt;= 100.</source>
        <translation>Les parts du pilote et de l'extension doivent vérifier 0 &lt; pilote &lt;= extension &lt;= 100.</translation>
    </message>
    <message>
        <source>The verification page size must be at least 1.</source>
        <translation>La taille des pages de vérification doit être d'au moins 1.</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>Peere::RecordTableModel</name>
    <message>
        <source>No source column feeds this field.</source>
        <translation>Aucune colonne du fichier n'alimente ce champ.</translation>
    </message>
    <message>
        <source>Read from the column "%1".</source>
        <translation>Lu dans la colonne « %1 ».</translation>
    </message>
    <message>
        <source>Row %1 is already created on the server: it cannot be excluded from the migration.</source>
        <translation>La ligne %1 est déjà créée sur le serveur : elle ne peut pas être exclue de la migration.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows are already created on the server and were not excluded: %1.</source>
        <translation>
            <numerusform>%n ligne est déjà créée sur le serveur et n'a pas été exclue : %1.</numerusform><numerusform>%n lignes sont déjà créées sur le serveur et n'ont pas été exclues : %1.</numerusform></translation>
    </message>
    <message>
        <source>Row %1 was already sent to the server: it cannot be excluded from the migration any more.</source>
        <translation>La ligne %1 a déjà été envoyée au serveur : elle ne peut plus être exclue de la migration.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows were already sent to the server and were not excluded: %1.</source>
        <translation>
            <numerusform>%n ligne a déjà été envoyée au serveur et n'a pas été exclue : %1.</numerusform><numerusform>%n lignes ont déjà été envoyées au serveur et n'ont pas été exclues : %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>Peere::Report</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Achèvement</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>awaiting a decision</source>
        <translation>en attente de décision</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>Migration report</source>
        <translation>Rapport de migration</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message>
        <source>Records: merchants</source>
        <translation>Enregistrements : marchands</translation>
    </message>
    <message>
        <source>Records: customers</source>
        <translation>Enregistrements : clients</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>Chiffres au %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalides</translation>
    </message>
    <message>
        <source>Migrated</source>
        <translation>Migrés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restants</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>API latency: p50 %1, p95 %2, slowest batch %3. Throughput %4 records a minute against a ceiling of %5.</source>
        <translation>Latence de l'API : p50 %1, p95 %2, lot le plus lent %3. Débit de %4 enregistrements par minute pour un plafond de %5.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Phase: %1 (%2)</source>
        <translation>Phase : %1 (%2)</translation>
    </message>
    <message>
        <source>%1 records, %2 migrated, %3 failed, %4 invalid, in %5 batches. Latency p50 %6, p95 %7.</source>
        <translation>%1 enregistrements, %2 migrés, %3 en échec, %4 invalides, en %5 lots. Latence p50 %6, p95 %7.</translation>
    </message>
    <message>
        <source>Gate decision: none recorded.</source>
        <translation>Décision de passage : aucune enregistrée.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <source>Gate decision: %1 by %2 on %3.</source>
        <translation>Décision de passage : %1 par %2 le %3.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Success per batch</source>
        <translation>Réussite par lot</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Temps de traitement</translation>
    </message>
    <message>
        <source>Cumulative, %1</source>
        <translation>Cumul, %1</translation>
    </message>
    <message>
        <source>Success rate per batch</source>
        <translation>Taux de réussite par lot</translation>
    </message>
    <message>
        <source>Target 95%</source>
        <translation>Objectif 95 %</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Success (%)</source>
        <translation>Réussite (%)</translation>
    </message>
    <message>
        <source>Processing time per batch</source>
        <translation>Temps de traitement par lot</translation>
    </message>
    <message>
        <source>Target 5 minutes</source>
        <translation>Objectif 5 minutes</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Records sent</source>
        <translation>Enregistrements envoyés</translation>
    </message>
    <message>
        <source>Throughput against the ceiling (%1 records remaining)</source>
        <translation>Débit face au plafond (%1 enregistrements restants)</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Records per minute</source>
        <translation>Enregistrements par minute</translation>
    </message>
    <message>
        <source>% of records</source>
        <translation>% des enregistrements</translation>
    </message>
    <message>
        <source>Data quality by field (target under 1%)</source>
        <translation>Qualité des données par champ (objectif : moins de 1 %)</translation>
    </message>
    <message>
        <source>Data quality by rule (target under 1%)</source>
        <translation>Qualité des données par règle (objectif : moins de 1 %)</translation>
    </message>
    <message>
        <source>Failures by cause</source>
        <translation>Échecs par cause</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation>Données invalides</translation>
    </message>
    <message>
        <source>Duplicates against invalid data</source>
        <translation>Doublons et données invalides</translation>
    </message>
    <message>
        <source>No record failed.</source>
        <translation>Aucun enregistrement en échec.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Détecté par</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>API latency: p50 %1, p95 %2, slowest batch %3. Throughput %4 records a minute; the environment set no rate limit.</source>
        <translation>Latence de l'API : p50 %1, p95 %2, lot le plus lent %3. Débit de %4 enregistrements par minute ; l'environnement n'impose aucune limite de requêtes.</translation>
    </message>
    <message>
        <source>API latency: p50 %1, p95 %2, slowest batch %3. Throughput %4 records a minute, above the ceiling of %5.</source>
        <translation>Latence de l'API : p50 %1, p95 %2, lot le plus lent %3. Débit de %4 enregistrements par minute, au-dessus du plafond de %5.</translation>
    </message>
    <message>
        <source>Seconds into the run</source>
        <translation>Secondes depuis le début</translation>
    </message>
    <message>
        <source>Minutes into the run</source>
        <translation>Minutes depuis le début</translation>
    </message>
    <message>
        <source>Hours into the run</source>
        <translation>Heures depuis le début</translation>
    </message>
</context>
<context>
    <name>Peere::Report::ReportWriter</name>
    <message>
        <source>The report cannot be written to %1: %2</source>
        <translation>Le rapport ne peut pas être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>Migration report</source>
        <translation>Rapport de migration</translation>
    </message>
    <message>
        <source>The report cannot be written to %1.</source>
        <translation>Le rapport ne peut pas être écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>Peere::Runner</name>
    <message>
        <source>%1 stopped the migration after the %2 phase.</source>
        <translation>%1 a arrêté la migration après la phase %2.</translation>
    </message>
    <message>
        <source>The %1 phase's success rate is %2%, below the gate of %3%</source>
        <translation>Le taux de réussite de la phase %1 est de %2 %, sous le seuil de %3 %</translation>
    </message>
    <message>
        <source>A batch of the %1 phase took %2 s, longer than %3 s</source>
        <translation>Un lot de la phase %1 a pris %2 s, plus que %3 s</translation>
    </message>
    <message>
        <source>The %1 phase passed its gate (%2%, the gate is %3%): waiting for a manager to sign off the next phase</source>
        <translation>La phase %1 a franchi son seuil (%2 %, le seuil est de %3 %) : en attente de la validation d'un responsable pour la phase suivante</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1); nothing was lost. Run again to resume.</source>
        <translation>Le serveur est injoignable (%1) ; rien n'a été perdu. Relancez pour reprendre.</translation>
    </message>
    <message>
        <source>The server refused the API key (HTTP %1: %2); check that it is the bank key (Settings in the console, PEERE_API_KEY on the command line). Nothing was marked failed.</source>
        <translation>Le serveur a refusé la clé d'API (HTTP %1 : %2) ; vérifiez qu'il s'agit de la clé de la banque (Paramètres dans la console, PEERE_API_KEY en ligne de commande). Aucun enregistrement n'a été marqué en échec.</translation>
    </message>
    <message>
        <source>The server refused the API key (HTTP %1: %2); check that it is the provider key (Settings in the console, PEERE_API_KEY on the command line). Nothing was marked failed.</source>
        <translation>Le serveur a refusé la clé d'API (HTTP %1 : %2) ; vérifiez qu'il s'agit de la clé du prestataire (Paramètres dans la console, PEERE_API_KEY en ligne de commande). Aucun enregistrement n'a été marqué en échec.</translation>
    </message>
    <message>
        <source>The server kept refusing calls (HTTP 429) after every retry.</source>
        <translation>Le serveur a continué de refuser les appels (HTTP 429) après chaque nouvel essai.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 (%2) to a batch; check the base URL.</source>
        <translation>Le serveur a répondu HTTP %1 (%2) à un lot ; vérifiez l'URL de base.</translation>
    </message>
    <message>
        <source>Paused by itself: %1 of the last %2 batches got no usable answer</source>
        <translation>Mise en pause automatique : %1 des %2 derniers lots n'ont reçu aucune réponse exploitable</translation>
    </message>
    <message>
        <source>The server refused the API key (HTTP %1: %2); check the key (Settings in the console, PEERE_API_KEY on the command line). Nothing was marked failed.</source>
        <translation>Le serveur a refusé la clé d'API (HTTP %1 : %2) ; vérifiez la clé (Paramètres dans la console, PEERE_API_KEY en ligne de commande). Aucun enregistrement n'a été marqué en échec.</translation>
    </message>
    <message>
        <source>Nothing to verify again yet: run the migration to its end first.</source>
        <translation>Rien à vérifier à nouveau pour l'instant : menez d'abord la migration à son terme.</translation>
    </message>
</context>
<context>
    <name>Peere::Sandbox</name>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>Impossible d'écouter sur %1, port %2.</translation>
    </message>
</context>
<context>
    <name>Peere::TrustApplier</name>
    <message>
        <source>Cancelled: %1 of %2 merchants done; start again to go on.</source>
        <translation>Annulé : %1 marchands traités sur %2 ; relancez pour continuer.</translation>
    </message>
    <message>
        <source>No answer from the server: %1</source>
        <translation>Pas de réponse du serveur : %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>The server refused the API key (HTTP %1); nothing more was sent. Check the provider key and start again.</source>
        <translation>Le serveur a refusé la clé d'API (HTTP %1) ; rien de plus n'a été envoyé. Vérifiez la clé du fournisseur et relancez.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1); nothing more was sent. Start again when it is back.</source>
        <translation>Le serveur est injoignable (%1) ; rien de plus n'a été envoyé. Relancez quand il sera de retour.</translation>
    </message>
    <message>
        <source>The server kept the trust level %1 instead of %2.</source>
        <translation>Le serveur a gardé le niveau de confiance %1 au lieu de %2.</translation>
    </message>
    <message>
        <source>The server reports the level %1 (valid: %2) after setting %3 (trusted: %4).</source>
        <translation>Le serveur indique le niveau %1 (valide : %2) après le réglage %3 (de confiance : %4).</translation>
    </message>
</context>
<context>
    <name>Peere::TrustPlan</name>
    <message>
        <source>This migration holds customers; trust levels are set for merchants only.</source>
        <translation>Cette migration contient des clients ; les niveaux de confiance ne concernent que les marchands.</translation>
    </message>
    <message>
        <source>The rules read the column %1, but the source file of this migration is not available.</source>
        <translation>Les règles lisent la colonne %1, mais le fichier source de cette migration n'est pas disponible.</translation>
    </message>
    <message>
        <source>The column %1 is not in the source file %2.</source>
        <translation>La colonne %1 n'existe pas dans le fichier source %2.</translation>
    </message>
    <message>
        <source>The source file %1 has %2 rows but the migration has %3: trust levels are read row by row, so use the file the migration was imported from.</source>
        <translation>Le fichier source %1 a %2 lignes mais la migration en a %3 : les niveaux de confiance sont lus ligne par ligne, utilisez donc le fichier d'où la migration a été importée.</translation>
    </message>
</context>
<context>
    <name>Peere::TrustRules</name>
    <message>
        <source>The trust rules %1 cannot be read: %2</source>
        <translation>Les règles de confiance %1 ne peuvent pas être lues : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>the trust rules must be a JSON object</source>
        <translation>les règles de confiance doivent être un objet JSON</translation>
    </message>
    <message>
        <source>unknown key "%1" (expected column, thresholds, default, levels)</source>
        <translation>clé inconnue « %1 » (attendu : column, thresholds, default, levels)</translation>
    </message>
    <message>
        <source>"column" must be the name of a column of the source file</source>
        <translation>« column » doit être le nom d'une colonne du fichier source</translation>
    </message>
    <message>
        <source>"default" must be basic, enhanced or premium</source>
        <translation>« default » doit valoir basic, enhanced ou premium</translation>
    </message>
    <message>
        <source>"thresholds" must be a list of {"min": number, "level": name}</source>
        <translation>« thresholds » doit être une liste de {"min": nombre, "level": nom}</translation>
    </message>
    <message>
        <source>thresholds need a "column" that holds the numbers</source>
        <translation>les seuils demandent une « column » qui contient les nombres</translation>
    </message>
    <message>
        <source>each threshold must be {"min": number, "level": "basic" | "enhanced" | "premium"}</source>
        <translation>chaque seuil doit être {"min": nombre, "level": "basic" | "enhanced" | "premium"}</translation>
    </message>
    <message>
        <source>"levels" must be an object keyed by level name</source>
        <translation>« levels » doit être un objet dont les clés sont des noms de niveau</translation>
    </message>
    <message>
        <source>"levels" has an unknown level "%1"</source>
        <translation>« levels » contient un niveau inconnu « %1 »</translation>
    </message>
    <message>
        <source>"levels"."%1" may hold only "trusted" and "deviceLookupEnabled", each true or false</source>
        <translation>« levels ».« %1 » ne peut contenir que « trusted » et « deviceLookupEnabled », chacun true ou false</translation>
    </message>
</context>
<context>
    <name>Peere::Ui</name>
    <message>
        <source>Peere Migration Console</source>
        <translation>Console de migration Peere</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::AfterCreationPage</name>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Trust levels</source>
        <translation>Niveaux de confiance</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>No environment is chosen for this migration.</source>
        <translation>Aucun environnement n'est choisi pour cette migration.</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::ChartPanel</name>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Le graphique n'a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::ConnectionTester</name>
    <message>
        <source>Enter the key before testing the connection.</source>
        <translation>Saisissez la clé avant de tester la connexion.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>Connected: the bank key is accepted (HTTP %1).</source>
        <translation>Connecté : la clé bancaire est acceptée (HTTP %1).</translation>
    </message>
    <message>
        <source>Connected: the provider key is accepted (HTTP %1).</source>
        <translation>Connecté : la clé fournisseur est acceptée (HTTP %1).</translation>
    </message>
    <message>
        <source>The key was refused (HTTP 401): it is wrong, revoked or for another environment.</source>
        <translation>La clé a été refusée (HTTP 401) : elle est erronée, révoquée ou destinée à un autre environnement.</translation>
    </message>
    <message>
        <source>The key is not allowed here (HTTP 403): is it a provider key in place of the bank key?</source>
        <translation>La clé n'est pas autorisée ici (HTTP 403) : s'agit-il d'une clé fournisseur à la place de la clé bancaire ?</translation>
    </message>
    <message>
        <source>The key is not allowed here (HTTP 403): is it a bank key in place of the provider key?</source>
        <translation>La clé n'est pas autorisée ici (HTTP 403) : s'agit-il d'une clé bancaire à la place de la clé fournisseur ?</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Le serveur a répondu HTTP %1 : %2</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::Console</name>
    <message>
        <source>New migration</source>
        <translation>Nouvelle migration</translation>
    </message>
    <message>
        <source>The embedded sandbox is running at %1.</source>
        <translation>La sandbox intégrée fonctionne à l'adresse %1.</translation>
    </message>
    <message>
        <source>The embedded sandbox starts when it is first needed.</source>
        <translation>La sandbox intégrée démarre à la première utilisation.</translation>
    </message>
    <message>
        <source>No API key is saved for this environment: add it in Settings.</source>
        <translation>Aucune clé d'API n'est enregistrée pour cet environnement : ajoutez-la dans les paramètres.</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Lignes : %1</translation>
    </message>
    <message>
        <source>Rows with errors: %1</source>
        <translation>Lignes en erreur : %1</translation>
    </message>
    <message>
        <source>No errors</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>Open migration</source>
        <translation>Ouvrir une migration</translation>
    </message>
    <message>
        <source>Selected for import: %1</source>
        <translation>Sélectionné pour l'import : %1</translation>
    </message>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>La sandbox intégrée n'a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not copy the sample customers to %1.</source>
        <translation>Impossible de copier les clients d'exemple vers %1.</translation>
    </message>
    <message>
        <source>The migration is kept in %1.</source>
        <translation>La migration est conservée dans %1.</translation>
    </message>
    <message>
        <source>A migration on live starts only after typing %1 on the Plan page.</source>
        <translation>Une migration en production ne démarre qu'après avoir saisi %1 sur la page Plan.</translation>
    </message>
    <message>
        <source>There are no records to send: import a file first.</source>
        <translation>Il n'y a aucun enregistrement à envoyer : importez d'abord un fichier.</translation>
    </message>
    <message>
        <source>No API key is saved for %1: add it in Settings.</source>
        <translation>Aucune clé d'API n'est enregistrée pour %1 : ajoutez-la dans les Paramètres.</translation>
    </message>
    <message>
        <source>Failures: %1</source>
        <translation>Échecs : %1</translation>
    </message>
    <message>
        <source>No failures</source>
        <translation>Aucun échec</translation>
    </message>
    <message>
        <source>Type %1 on the Plan page before sending anything to live.</source>
        <translation>Tapez %1 sur la page Plan avant d'envoyer quoi que ce soit en production.</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::DashboardCharts</name>
    <message>
        <source>Data quality by field (invalid records, %)</source>
        <translation>Qualité des données par champ (enregistrements invalides, %)</translation>
    </message>
    <message>
        <source>Data quality by rule (invalid records, %)</source>
        <translation>Qualité des données par règle (enregistrements invalides, %)</translation>
    </message>
    <message>
        <source>Failures by cause (records)</source>
        <translation>Échecs par cause (enregistrements)</translation>
    </message>
    <message>
        <source>Success rate per batch</source>
        <translation>Taux de réussite par lot</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Success (%)</source>
        <translation>Réussite (%)</translation>
    </message>
    <message>
        <source>Per batch</source>
        <translation>Par lot</translation>
    </message>
    <message>
        <source>Target 95%</source>
        <translation>Objectif 95 %</translation>
    </message>
    <message>
        <source>Processing time per batch</source>
        <translation>Temps de traitement par lot</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Temps de traitement</translation>
    </message>
    <message>
        <source>Target 5 minutes</source>
        <translation>Objectif 5 minutes</translation>
    </message>
    <message>
        <source>API latency by phase</source>
        <translation>Latence de l'API par phase</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Throughput against the rate-limit ceiling</source>
        <translation>Débit face au plafond de requêtes</translation>
    </message>
    <message>
        <source>Records sent</source>
        <translation>Enregistrements envoyés</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>% of records</source>
        <translation>% des enregistrements</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Invalid records as fixes are made</source>
        <translation>Enregistrements invalides au fil des corrections</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Invalid records</source>
        <translation>Enregistrements invalides</translation>
    </message>
    <message>
        <source>Target 1%</source>
        <translation>Objectif 1 %</translation>
    </message>
    <message>
        <source>Duplicates against invalid data</source>
        <translation>Doublons et données invalides</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Cumulative per phase</source>
        <translation>Cumul par phase</translation>
    </message>
    <message>
        <source>Seconds into the run</source>
        <translation>Secondes depuis le début</translation>
    </message>
    <message>
        <source>Records/min</source>
        <translation>Enreg./min</translation>
    </message>
    <message>
        <source>Invalid (%)</source>
        <translation>Invalides (%)</translation>
    </message>
    <message>
        <source>Minutes into the run</source>
        <translation>Minutes depuis le début</translation>
    </message>
    <message>
        <source>Hours into the run</source>
        <translation>Heures depuis le début</translation>
    </message>
    <message>
        <source>Throughput (no rate limit)</source>
        <translation>Débit (sans limite de requêtes)</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::DashboardPage</name>
    <message>
        <source>Open Journal…</source>
        <translation>Ouvrir un journal…</translation>
    </message>
    <message>
        <source>Save Report (PDF)…</source>
        <translation>Enregistrer le rapport (PDF)…</translation>
    </message>
    <message>
        <source>No migration journal is open.</source>
        <translation>Aucun journal de migration n'est ouvert.</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message>
        <source>Records remaining: %1 · ETA: %2 · Throughput: %3 of %4 records per minute</source>
        <translation>Enregistrements restants : %1 · Fin estimée : %2 · Débit : %3 sur %4 enregistrements par minute</translation>
    </message>
    <message>
        <source>Open Migration Journal</source>
        <translation>Ouvrir un journal de migration</translation>
    </message>
    <message>
        <source>Save Migration Report</source>
        <translation>Enregistrer le rapport de migration</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Migration journals (*.peere *.journal);;All files (*)</source>
        <translation>Journaux de migration (*.peere *.journal);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Records remaining: %1 · ETA: %2 · Throughput: %3 records per minute (no rate limit)</source>
        <translation>Enregistrements restants : %1 · Fin estimée : %2 · Débit : %3 enregistrements par minute (sans limite de requêtes)</translation>
    </message>
    <message>
        <source>Records remaining: %1 · ETA: %2 · Throughput: %3 records per minute, above the ceiling of %4</source>
        <translation>Enregistrements restants : %1 · Fin estimée : %2 · Débit : %3 enregistrements par minute, au-dessus du plafond de %4</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::DevicesTab</name>
    <message>
        <source>Choose devices file…</source>
        <translation>Choisir le fichier des appareils…</translation>
    </message>
    <message>
        <source>Link devices</source>
        <translation>Lier les appareils</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No devices file chosen. It names each customer by clientRef, reference or email, and one or more deviceId columns.</source>
        <translation>Aucun fichier d'appareils choisi. Il nomme chaque client par clientRef, reference ou email, avec une ou plusieurs colonnes deviceId.</translation>
    </message>
    <message>
        <source>Linking stopped: %1</source>
        <translation>Liaison arrêtée : %1</translation>
    </message>
    <message>
        <source>Rows: %1 · Devices: %2 · Ready to link: %3 · With problems: %4</source>
        <translation>Lignes : %1 · Appareils : %2 · Prêts à lier : %3 · Avec problèmes : %4</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Linked: %1 · Failed: %2 · To do: %3 · Invalid: %4</source>
        <translation>Liés : %1 · En échec : %2 · À faire : %3 · Non valides : %4</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::EnvironmentStatus</name>
    <message>
        <source>Environment: none</source>
        <translation>Environnement : aucun</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement : %1</translation>
    </message>
    <message>
        <source>Environment: %1 (%2)</source>
        <translation>Environnement : %1 (%2)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Live: records sent here become real customers.</source>
        <translation>Production : les enregistrements envoyés ici deviennent de vrais clients.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>No API key</source>
        <translation>Aucune clé d'API</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::EnvironmentsTab</name>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Address of the environment</source>
        <translation>Adresse de l'environnement</translation>
    </message>
    <message>
        <source>&amp;Bank key:</source>
        <translation>Clé &amp;bancaire :</translation>
    </message>
    <message>
        <source>Bank API key</source>
        <translation>Clé d'API bancaire</translation>
    </message>
    <message>
        <source>&amp;Provider key:</source>
        <translation>Clé &amp;fournisseur :</translation>
    </message>
    <message>
        <source>Provider API key</source>
        <translation>Clé d'API fournisseur</translation>
    </message>
    <message>
        <source>&amp;Show keys</source>
        <translation>&amp;Afficher les clés</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Chosen when the embedded sandbox starts</source>
        <translation>Choisie au démarrage de la sandbox intégrée</translation>
    </message>
    <message>
        <source>A sandbox inside the console, on this computer only. It uses its own keys: nothing to enter.</source>
        <translation>Une sandbox dans la console, sur cet ordinateur uniquement. Elle utilise ses propres clés : rien à saisir.</translation>
    </message>
    <message>
        <source>A peere-sandbox you started yourself. Plain http:// is allowed only on this computer.</source>
        <translation>Un peere-sandbox que vous avez démarré vous-même. Le http:// en clair n'est permis que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Peere's hosted sandbox: test keys, no real customers.</source>
        <translation>La sandbox hébergée par Peere : clés de test, aucun client réel.</translation>
    </message>
    <message>
        <source>Live: every record sent becomes a real customer or merchant on the Peere Network.</source>
        <translation>Production : chaque enregistrement envoyé devient un vrai client ou marchand sur le réseau Peere.</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::FailureExportDialog</name>
    <message>
        <source>Export the failure list</source>
        <translation>Exporter la liste des échecs</translation>
    </message>
    <message>
        <source>Every phase</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>Every batch</source>
        <translation>Tous les lots</translation>
    </message>
    <message>
        <source>Every cause</source>
        <translation>Toutes les causes</translation>
    </message>
    <message>
        <source>Mask account and phone numbers (all but the last 4 digits)</source>
        <translation>Masquer les numéros de compte et de téléphone (sauf les 4 derniers chiffres)</translation>
    </message>
    <message>
        <source>For a list that leaves the operations team.</source>
        <translation>Pour une liste qui sort de l'équipe des opérations.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Phase :</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Lot :</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Cause :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Also the device links that failed, to a file of their own:</source>
        <translation>Aussi les liaisons d'appareils en échec, dans un fichier à part :</translation>
    </message>
    <message>
        <source>Device links:</source>
        <translation>Liaisons d'appareils :</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::FailuresPage</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Failures by cause</source>
        <translation>Échecs par cause</translation>
    </message>
    <message>
        <source>Failure groups</source>
        <translation>Groupes d'échecs</translation>
    </message>
    <message>
        <source>Records of the group</source>
        <translation>Enregistrements du groupe</translation>
    </message>
    <message>
        <source>Fix the records</source>
        <translation>Corriger les enregistrements</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Read the failures from the migration file again</source>
        <translation>Relire les échecs dans le fichier de migration</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Re-send this group</source>
        <translation>Renvoyer ce groupe</translation>
    </message>
    <message>
        <source>Send the fixed records of this group again, paced like any batch</source>
        <translation>Renvoyer les enregistrements corrigés de ce groupe, au rythme de tout lot</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the failure list as CSV or JSON, filtered, with account and phone numbers masked if you choose</source>
        <translation>Enregistrer la liste des échecs en CSV ou JSON, filtrée, avec les numéros de compte et de téléphone masqués si vous le souhaitez</translation>
    </message>
    <message>
        <source>Open or create a migration to see its failures.</source>
        <translation>Ouvrez ou créez une migration pour voir ses échecs.</translation>
    </message>
    <message>
        <source>No failures.</source>
        <translation>Aucun échec.</translation>
    </message>
    <message>
        <source>Groups: %1, failures: %2.</source>
        <translation>Groupes : %1, échecs : %2.</translation>
    </message>
    <message numerus="yes">
        <source>This group: %n records, %1 fixed.</source>
        <translation>
            <numerusform>Ce groupe : %n enregistrement, %1 corrigé(s).</numerusform>
            <numerusform>Ce groupe : %n enregistrements, %1 corrigé(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records of this group are still invalid and were not sent.</source>
        <translation>
            <numerusform>%n enregistrement de ce groupe est encore invalide et n'a pas été envoyé.</numerusform>
            <numerusform>%n enregistrements de ce groupe sont encore invalides et n'ont pas été envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were not changed since the server refused them and were not sent.</source>
        <translation>
            <numerusform>%n enregistrement n'a pas été modifié depuis le refus du serveur et n'a pas été envoyé.</numerusform>
            <numerusform>%n enregistrements n'ont pas été modifiés depuis le refus du serveur et n'ont pas été envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records that the verify phase could not find were not sent again: their fate is the server's.</source>
        <translation>
            <numerusform>%n enregistrement introuvable lors de la vérification n'a pas été renvoyé : son sort dépend du serveur.</numerusform>
            <numerusform>%n enregistrements introuvables lors de la vérification n'ont pas été renvoyés : leur sort dépend du serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>No record of this group is fixed: nothing was sent.</source>
        <translation>Aucun enregistrement de ce groupe n'est corrigé : rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>There is no environment to send to.</source>
        <translation>Il n'y a aucun environnement vers lequel envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n fixed records again…</source>
        <translation>
            <numerusform>Renvoi de %n enregistrement corrigé…</numerusform>
            <numerusform>Renvoi de %n enregistrements corrigés…</numerusform>
        </translation>
    </message>
    <message>
        <source>The re-send stopped: %1</source>
        <translation>Le renvoi s'est arrêté : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n records sent again are now on the server.</source>
        <translation>
            <numerusform>%n enregistrement renvoyé est maintenant sur le serveur.</numerusform>
            <numerusform>%n enregistrements renvoyés sont maintenant sur le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were refused again; their cause is in the list.</source>
        <translation>
            <numerusform>%n enregistrement a de nouveau été refusé ; sa cause est dans la liste.</numerusform>
            <numerusform>%n enregistrements ont de nouveau été refusés ; leur cause est dans la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records have no answer yet; the next run looks them up.</source>
        <translation>
            <numerusform>%n enregistrement n'a pas encore de réponse ; la prochaine exécution le recherchera.</numerusform>
            <numerusform>%n enregistrements n'ont pas encore de réponse ; la prochaine exécution les recherchera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records written to %1.</source>
        <translation>
            <numerusform>%n enregistrement écrit dans %1.</numerusform>
            <numerusform>%n enregistrements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Device links of the group</source>
        <translation>Liaisons d'appareils du groupe</translation>
    </message>
    <message>
        <source>Merchants of the group</source>
        <translation>Marchands du groupe</translation>
    </message>
    <message numerus="yes">
        <source>This group: %n device links.</source>
        <translation>
            <numerusform>Ce groupe : %n liaison d'appareil.</numerusform><numerusform>Ce groupe : %n liaisons d'appareils.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This group: %n merchants.</source>
        <translation>
            <numerusform>Ce groupe : %n marchand.</numerusform><numerusform>Ce groupe : %n marchands.</numerusform></translation>
    </message>
    <message>
        <source>These rows of the devices file fail its checks and were never sent: fix the file and import it again on the Devices tab of After creation.</source>
        <translation>Ces lignes du fichier des appareils échouent à ses contrôles et n'ont jamais été envoyées : corrigez le fichier et importez-le à nouveau dans l'onglet Appareils d'Après la création.</translation>
    </message>
    <message numerus="yes">
        <source>Linking %n devices again…</source>
        <translation>
            <numerusform>Nouvelle liaison de %n appareil…</numerusform><numerusform>Nouvelle liaison de %n appareils…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Setting the trust level of %n merchants again…</source>
        <translation>
            <numerusform>Nouvelle application du niveau de confiance de %n marchand…</numerusform><numerusform>Nouvelle application du niveau de confiance de %n marchands…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n device links are linked now.</source>
        <translation>
            <numerusform>%n liaison d'appareil est maintenant établie.</numerusform><numerusform>%n liaisons d'appareils sont maintenant établies.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n merchants have their trust level now.</source>
        <translation>
            <numerusform>%n marchand a maintenant son niveau de confiance.</numerusform><numerusform>%n marchands ont maintenant leur niveau de confiance.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n device links were refused again; their cause is in the list.</source>
        <translation>
            <numerusform>%n liaison d'appareil a de nouveau été refusée ; sa cause est dans la liste.</numerusform><numerusform>%n liaisons d'appareils ont de nouveau été refusées ; leur cause est dans la liste.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n merchants were refused again; their cause is in the list.</source>
        <translation>
            <numerusform>%n marchand a de nouveau été refusé ; sa cause est dans la liste.</numerusform><numerusform>%n marchands ont de nouveau été refusés ; leur cause est dans la liste.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n device links still wait for their customer to be migrated: re-send the customer's record first.</source>
        <translation>
            <numerusform>%n liaison d'appareil attend encore que son client soit migré : renvoyez d'abord l'enregistrement du client.</numerusform><numerusform>%n liaisons d'appareils attendent encore que leur client soit migré : renvoyez d'abord l'enregistrement du client.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n device links have no answer yet; the next retry looks them up.</source>
        <translation>
            <numerusform>%n liaison d'appareil n'a pas encore de réponse ; le prochain renvoi la vérifiera.</numerusform><numerusform>%n liaisons d'appareils n'ont pas encore de réponse ; le prochain renvoi les vérifiera.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n merchants are not done yet; the next retry finishes them.</source>
        <translation>
            <numerusform>%n marchand n'est pas encore traité ; le prochain renvoi le terminera.</numerusform><numerusform>%n marchands ne sont pas encore traités ; le prochain renvoi les terminera.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n device links written to %1.</source>
        <translation>
            <numerusform>%n liaison d'appareil écrite dans %1.</numerusform><numerusform>%n liaisons d'appareils écrites dans %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>Peere::Ui::FileActions</name>
    <message>
        <source>Open migration</source>
        <translation>Ouvrir une migration</translation>
    </message>
    <message>
        <source>The migration %1 no longer exists. It was removed from the recent migrations.</source>
        <translation>La migration %1 n'existe plus. Elle a été retirée des migrations récentes.</translation>
    </message>
    <message>
        <source>Peere migrations (*.peere)</source>
        <translation>Migrations Peere (*.peere)</translation>
    </message>
    <message>
        <source>New migration</source>
        <translation>Nouvelle migration</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;New migration…</source>
        <translation>&amp;Nouvelle migration…</translation>
    </message>
    <message>
        <source>Start a migration in a new journal file</source>
        <translation>Commencer une migration dans un nouveau fichier journal</translation>
    </message>
    <message>
        <source>&amp;Open migration…</source>
        <translation>&amp;Ouvrir une migration…</translation>
    </message>
    <message>
        <source>Reopen a migration from its journal file</source>
        <translation>Rouvrir une migration depuis son fichier journal</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Read a CSV export of customers or merchants</source>
        <translation>Lire un export CSV de clients ou de marchands</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::FindReplaceDialog</name>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpression régulière</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>Only the rows &amp;shown</source>
        <translation>Seulement les lignes &amp;affichées</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Colonne :</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>&amp;Remplacer par :</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>&amp;Tout remplacer</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::GatePanel</name>
    <message>
        <source>%1% (the gate is %2%)</source>
        <translation>%1 % (le seuil est de %2 %)</translation>
    </message>
    <message>
        <source>%1 (the limit is %2)</source>
        <translation>%1 (la limite est de %2)</translation>
    </message>
    <message>
        <source>The %1 phase did not pass its gate: the migration waits for a decision.</source>
        <translation>La phase %1 n'a pas franchi son seuil : la migration attend une décision.</translation>
    </message>
    <message>
        <source>The %1 phase passed its gate: a manager signs off the next phase before it is sent.</source>
        <translation>La phase %1 a franchi son seuil : un responsable valide la phase suivante avant son envoi.</translation>
    </message>
    <message>
        <source>%1 migrated, %2 failed, %3 of %4 records of the phase still without a fate</source>
        <translation>%1 migrés, %2 en échec, %3 des %4 enregistrements de la phase encore sans issue connue</translation>
    </message>
    <message>
        <source>Look at the failures before deciding. Approve to go on to the next phase; Stop ends the migration here. Your decision is recorded in the journal with your name and the time.</source>
        <translation>Examinez les échecs avant de décider. Approuver passe à la phase suivante ; Arrêter termine la migration ici. Votre décision est inscrite dans le journal avec votre nom et l'heure.</translation>
    </message>
    <message>
        <source>Success rate:</source>
        <translation>Taux de réussite :</translation>
    </message>
    <message>
        <source>Slowest batch:</source>
        <translation>Lot le plus lent :</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Enregistrements :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Required: recorded with the decision</source>
        <translation>Obligatoire : inscrit avec la décision</translation>
    </message>
    <message>
        <source>Name of the person deciding</source>
        <translation>Nom de la personne qui décide</translation>
    </message>
    <message>
        <source>Approve and go on</source>
        <translation>Approuver et continuer</translation>
    </message>
    <message>
        <source>Approve the gate and go on to the next phase</source>
        <translation>Approuver le seuil et passer à la phase suivante</translation>
    </message>
    <message>
        <source>Stop the migration</source>
        <translation>Arrêter la migration</translation>
    </message>
    <message>
        <source>Stop the migration at this gate</source>
        <translation>Arrêter la migration à ce seuil</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::ImportDialog</name>
    <message>
        <source>Save the column mapping</source>
        <translation>Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation>Correspondances de colonnes (*.json)</translation>
    </message>
    <message>
        <source>Apply a saved column mapping</source>
        <translation>Appliquer une correspondance enregistrée</translation>
    </message>
    <message>
        <source>Import a bank export</source>
        <translation>Importer un export bancaire</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Enregistrements :</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation>Marchands</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Barre verticale (|)</translation>
    </message>
    <message>
        <source>&amp;Apply saved mapping…</source>
        <translation>&amp;Appliquer une correspondance enregistrée…</translation>
    </message>
    <message>
        <source>&amp;Save mapping…</source>
        <translation>Enregistrer la &amp;correspondance…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Open a bank export</source>
        <translation>Ouvrir un export bancaire</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This looks like a merchants file: it has no column for the required customer fields %1. Choose Merchants, or map the columns below.</source>
        <translation>Ce fichier ressemble à un fichier de marchands : il n'a pas de colonne pour les champs clients obligatoires %1. Choisissez Marchands, ou associez les colonnes ci-dessous.</translation>
    </message>
    <message>
        <source>This looks like a customers file: it has no column for the required merchant fields %1. Choose Customers, or map the columns below.</source>
        <translation>Ce fichier ressemble à un fichier de clients : il n'a pas de colonne pour les champs marchands obligatoires %1. Choisissez Clients, ou associez les colonnes ci-dessous.</translation>
    </message>
    <message>
        <source>No column feeds the required fields %1: every row will fail them unless you map a column below.</source>
        <translation>Aucune colonne n'alimente les champs obligatoires %1 : chaque ligne sera en erreur à moins d'associer une colonne ci-dessous.</translation>
    </message>
    <message>
        <source>The first record is too long to preview; it is read in full when you import.</source>
        <translation>Le premier enregistrement est trop long pour l'aperçu ; il sera lu en entier à l'importation.</translation>
    </message>
    <message>
        <source>The file has a header but no records.</source>
        <translation>Le fichier a un en-tête mais aucun enregistrement.</translation>
    </message>
    <message>
        <source>Ready to import. The preview shows the first rows of the file.</source>
        <translation>Prêt à importer. L'aperçu montre les premières lignes du fichier.</translation>
    </message>
    <message>
        <source>Column mapping saved to %1.</source>
        <translation>Correspondance des colonnes enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Importing and validating…</source>
        <translation>Importation et validation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>L'importation a été annulée. Rien n'a été importé.</translation>
    </message>
    <message>
        <source>The import failed.</source>
        <translation>L'importation a échoué.</translation>
    </message>
    <message>
        <source>Import a devices file</source>
        <translation>Importer un fichier d'appareils</translation>
    </message>
    <message>
        <source>Open a devices file</source>
        <translation>Ouvrir un fichier d'appareils</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::ImportPrompt</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Open a CSV export of customers or merchants, or drop it on this window. Its columns are matched to the API's fields, and every row is checked before anything is sent.</source>
        <translation>Ouvrez un export CSV de clients ou de marchands, ou déposez-le sur cette fenêtre. Ses colonnes sont associées aux champs de l'API, et chaque ligne est vérifiée avant tout envoi.</translation>
    </message>
    <message>
        <source>Sample file ready for the demo: %1</source>
        <translation>Fichier d'exemple prêt pour la démonstration : %1</translation>
    </message>
    <message>
        <source>&amp;Open a CSV file…</source>
        <translation>&amp;Ouvrir un fichier CSV…</translation>
    </message>
    <message>
        <source>Open a CSV file</source>
        <translation>Ouvrir un fichier CSV</translation>
    </message>
    <message>
        <source>Import the &amp;sample</source>
        <translation>Importer l'&amp;exemple</translation>
    </message>
    <message>
        <source>Import the sample</source>
        <translation>Importer l'exemple</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::KeychainSecretStore</name>
    <message>
        <source>No system keychain is available on this computer (%1). API keys cannot be saved; they are kept only until the console closes.</source>
        <translation>Aucun trousseau système n'est disponible sur cet ordinateur (%1). Les clés d'API ne peuvent pas être enregistrées ; elles sont conservées seulement jusqu'à la fermeture de la console.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). API keys cannot be saved; they are kept only until the console closes.</source>
        <translation>Le trousseau système a refusé l'accès (%1). Les clés d'API ne peuvent pas être enregistrées ; elles sont conservées seulement jusqu'à la fermeture de la console.</translation>
    </message>
    <message>
        <source>The system keychain is not available or failed (%1). API keys cannot be saved; they are kept only until the console closes.</source>
        <translation>Le trousseau système est indisponible ou a échoué (%1). Les clés d'API ne peuvent pas être enregistrées ; elles sont conservées seulement jusqu'à la fermeture de la console.</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Peere Migration Console</source>
        <translation>À &amp;propos de la console de migration Peere</translation>
    </message>
    <message>
        <source>About Peere Migration Console</source>
        <translation>À propos de la console de migration Peere</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Peere Migration Console %1&lt;/h3&gt;&lt;p&gt;Moves a bank's customers and merchants onto the Peere Network in phases, with every record and every answer kept in the migration's journal.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Console de migration Peere %1&lt;/h3&gt;&lt;p&gt;Migre par phases les clients et les marchands d'une banque vers le réseau Peere ; chaque enregistrement et chaque réponse sont conservés dans le journal de la migration.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Peere Migration Console</source>
        <translation>Console de migration Peere</translation>
    </message>
    <message>
        <source>Migration steps</source>
        <translation>Étapes de la migration</translation>
    </message>
    <message>
        <source>%1 — Peere Migration Console</source>
        <translation>%1 — Console de migration Peere</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::MappingEditor</name>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>Every required field has a column.</source>
        <translation>Chaque champ obligatoire a une colonne.</translation>
    </message>
    <message>
        <source>Required fields without a column (every row will fail them): %1</source>
        <translation>Champs obligatoires sans colonne (chaque ligne sera en erreur) : %1</translation>
    </message>
    <message>
        <source>Every column is imported.</source>
        <translation>Toutes les colonnes sont importées.</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Colonnes non importées : %1</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::NotificationsTab</name>
    <message>
        <source>Export to folder</source>
        <translation>Exporter vers le dossier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln verified records written to %1 (%2 records are not verified and are left out); the message is in %3.</source>
        <translation>
            <numerusform>%Ln enregistrement vérifié écrit dans %1 (%2 enregistrements non vérifiés sont laissés de côté) ; le message est dans %3.</numerusform>
            <numerusform>%Ln enregistrements vérifiés écrits dans %1 (%2 enregistrements non vérifiés sont laissés de côté) ; le message est dans %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>The message to the migrated customers or merchants, and the list of those the verify phase found on the server, for a mail merge. The console sends no email.</source>
        <translation>Le message aux clients ou marchands migrés, et la liste de ceux que la phase de vérification a retrouvés sur le serveur, pour un publipostage. La console n'envoie aucun e-mail.</translation>
    </message>
    <message>
        <source>Message language:</source>
        <translation>Langue du message :</translation>
    </message>
    <message>
        <source>Default message</source>
        <translation>Message par défaut</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Champs (double-clic pour insérer) :</translation>
    </message>
    <message>
        <source>Export to:</source>
        <translation>Exporter vers :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Export lists</source>
        <translation>Exporter les listes</translation>
    </message>
    <message>
        <source>Unknown placeholders: %1</source>
        <translation>Champs inconnus : %1</translation>
    </message>
    <message>
        <source>Preview: no record is verified yet.</source>
        <translation>Aperçu : aucun enregistrement n'est encore vérifié.</translation>
    </message>
    <message>
        <source>Preview with row %1 (%2):</source>
        <translation>Aperçu avec la ligne %1 (%2) :</translation>
    </message>
    <message>
        <source>Writing the notification list…</source>
        <translation>Écriture de la liste de notification…</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::PhaseProgressPanel</name>
    <message>
        <source>Pilot (10%)</source>
        <translation>Pilote (10 %)</translation>
    </message>
    <message>
        <source>Expand (to 50%)</source>
        <translation>Extension (jusqu'à 50 %)</translation>
    </message>
    <message>
        <source>Complete (the rest)</source>
        <translation>Achèvement (le reste)</translation>
    </message>
    <message>
        <source>Verify (every record)</source>
        <translation>Vérification (chaque enregistrement)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>En attente d'une décision</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped at the gate</source>
        <translation>Arrêtée au seuil</translation>
    </message>
    <message>
        <source>Gate approved by %1 on %2</source>
        <translation>Seuil approuvé par %1 le %2</translation>
    </message>
    <message>
        <source>Stopped by %1 on %2</source>
        <translation>Arrêtée par %1 le %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 valid records have their fate: %3 migrated (%4 verified), %5 failed, %6 in flight or being looked up, %7 not sent yet. %8 invalid records are not sent.</source>
        <translation>%1 des %2 enregistrements valides ont une issue connue : %3 migrés (%4 vérifiés), %5 en échec, %6 en cours d'envoi ou de vérification, %7 pas encore envoyés. %8 enregistrements invalides ne sont pas envoyés.</translation>
    </message>
    <message>
        <source>%1 verified, %2 not found</source>
        <translation>%1 vérifiés, %2 introuvables</translation>
    </message>
    <message>
        <source>%1 migrated, %2 failed</source>
        <translation>%1 migrés, %2 en échec</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Progress of the whole migration</source>
        <translation>Avancement de toute la migration</translation>
    </message>
    <message>
        <source>Progress of the %1 phase</source>
        <translation>Avancement de la phase %1</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::PlanPage</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Estimated time at %1 batch calls a minute: %2</source>
        <translation>Durée estimée à %1 appels de lot par minute : %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Plan the migration</source>
        <translation>Planifier la migration</translation>
    </message>
    <message>
        <source>Customers (bank key)</source>
        <translation>Clients (clé bancaire)</translation>
    </message>
    <message>
        <source>Merchants (provider key)</source>
        <translation>Marchands (clé fournisseur)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille des lots</translation>
    </message>
    <message>
        <source>Batches in flight</source>
        <translation>Lots en cours d'envoi</translation>
    </message>
    <message>
        <source>Batch calls per minute</source>
        <translation>Appels de lot par minute</translation>
    </message>
    <message>
        <source>Gate (minimum success rate)</source>
        <translation>Seuil (taux de réussite minimal)</translation>
    </message>
    <message>
        <source>Valid records ready to send: %1</source>
        <translation>Enregistrements valides prêts à l'envoi : %1</translation>
    </message>
    <message>
        <source>No valid records yet: import and validate a file first.</source>
        <translation>Aucun enregistrement valide pour l'instant : importez et validez d'abord un fichier.</translation>
    </message>
    <message>
        <source>Live: every record sent becomes a real customer or merchant on the Peere Network. Type %1 to confirm.</source>
        <translation>Production : chaque enregistrement envoyé devient un vrai client ou marchand sur le réseau Peere. Tapez %1 pour confirmer.</translation>
    </message>
    <message>
        <source>Confirmation for live</source>
        <translation>Confirmation pour la production</translation>
    </message>
    <message>
        <source>Above the documented limit of 10 batch calls a minute: expect 429 answers and a slower run.</source>
        <translation>Au-delà de la limite documentée de 10 appels de lot par minute : attendez-vous à des réponses 429 et à une exécution plus lente.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Batches or calls</source>
        <translation>Lots ou appels</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Durée estimée</translation>
    </message>
    <message>
        <source>Preview of the phases</source>
        <translation>Aperçu des phases</translation>
    </message>
    <message>
        <source>&amp;Continue to Run</source>
        <translation>&amp;Continuer vers l'exécution</translation>
    </message>
    <message>
        <source>Continue to Run</source>
        <translation>Continuer vers l'exécution</translation>
    </message>
    <message>
        <source>A manager signs off after the pilot and after expand</source>
        <translation>Un responsable valide après le pilote et après l'extension</translation>
    </message>
    <message>
        <source>The run waits for a named approval before sending the next phase, even when the gate passed. Below the gate it always waits.</source>
        <translation>L'exécution attend une approbation nominative avant d'envoyer la phase suivante, même quand le seuil est atteint. Sous le seuil, elle attend toujours.</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::ReviewPage</name>
    <message>
        <source>Transform</source>
        <translation>Transformer</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Only rows with errors</source>
        <translation>Seulement les lignes en erreur</translation>
    </message>
    <message>
        <source>Only warnings</source>
        <translation>Seulement les avertissements</translation>
    </message>
    <message>
        <source>Excluded rows</source>
        <translation>Lignes exclues</translation>
    </message>
    <message>
        <source>Edited rows</source>
        <translation>Lignes modifiées</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Issues by rule and by field</source>
        <translation>Problèmes par règle et par champ</translation>
    </message>
    <message>
        <source>Next problem</source>
        <translation>Problème suivant</translation>
    </message>
    <message>
        <source>Go to the next row with a problem (F8)</source>
        <translation>Aller à la ligne suivante qui a un problème (F8)</translation>
    </message>
    <message>
        <source>Previous problem</source>
        <translation>Problème précédent</translation>
    </message>
    <message>
        <source>Go to the previous row with a problem (Shift+F8)</source>
        <translation>Aller à la ligne précédente qui a un problème (Maj+F8)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Apply suggested fixes</source>
        <translation>Appliquer les corrections suggérées</translation>
    </message>
    <message>
        <source>Apply the suggested fix to every row of the rule selected in the issues panel</source>
        <translation>Appliquer la correction suggérée à chaque ligne de la règle choisie dans le panneau des problèmes</translation>
    </message>
    <message>
        <source>Find and replace…</source>
        <translation>Rechercher et remplacer…</translation>
    </message>
    <message>
        <source>Exclude rows</source>
        <translation>Exclure les lignes</translation>
    </message>
    <message>
        <source>Leave the selected rows out of the migration</source>
        <translation>Laisser les lignes choisies hors de la migration</translation>
    </message>
    <message>
        <source>Include rows</source>
        <translation>Inclure les lignes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the corrected records as a CSV file</source>
        <translation>Enregistrer les enregistrements corrigés dans un fichier CSV</translation>
    </message>
    <message>
        <source>Trim spaces</source>
        <translation>Supprimer les espaces en trop</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>MAJUSCULES</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>minuscules</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>Initiales En Majuscule</translation>
    </message>
    <message>
        <source>Phone numbers to E.164</source>
        <translation>Numéros de téléphone en E.164</translation>
    </message>
    <message>
        <source>No records yet: import a file first.</source>
        <translation>Aucun enregistrement : importez d'abord un fichier.</translation>
    </message>
    <message>
        <source>%L1 rows shown of %L2: %L3 with errors, %L4 with warnings only, %L5 excluded.</source>
        <translation>%L1 lignes affichées sur %L2 : %L3 en erreur, %L4 avec seulement des avertissements, %L5 exclues.</translation>
    </message>
    <message>
        <source>Showing the first rows while the whole file is read and validated…</source>
        <translation>Affichage des premières lignes pendant la lecture et la validation du fichier entier…</translation>
    </message>
    <message numerus="yes">
        <source>%n edits from an earlier session were applied again.</source>
        <translation>
            <numerusform>%n modification d'une session précédente a été réappliquée.</numerusform>
            <numerusform>%n modifications d'une session précédente ont été réappliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edits cannot be saved, so they would be lost if the console stopped: %1</source>
        <translation>Les modifications ne peuvent pas être enregistrées et seraient perdues si la console s'arrêtait : %1</translation>
    </message>
    <message>
        <source>No problems left in the rows shown.</source>
        <translation>Plus aucun problème dans les lignes affichées.</translation>
    </message>
    <message>
        <source>No row of %1 has a suggested fix.</source>
        <translation>Aucune ligne de %1 n'a de correction suggérée.</translation>
    </message>
    <message>
        <source>Suggested fixes for %1</source>
        <translation>Corrections suggérées pour %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cells fixed.</source>
        <translation>
            <numerusform>%n cellule corrigée.</numerusform>
            <numerusform>%n cellules corrigées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transform %1</source>
        <translation>Transformer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cells changed.</source>
        <translation>
            <numerusform>%n cellule modifiée.</numerusform>
            <numerusform>%n cellules modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to search: import a file first.</source>
        <translation>Rien à rechercher : importez d'abord un fichier.</translation>
    </message>
    <message>
        <source>Replace in %1</source>
        <translation>Remplacer dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cells replaced.</source>
        <translation>
            <numerusform>%n cellule remplacée.</numerusform>
            <numerusform>%n cellules remplacées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records written to %1.</source>
        <translation>
            <numerusform>%n enregistrement écrit dans %1.</numerusform>
            <numerusform>%n enregistrements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the corrected records</source>
        <translation>Exporter les enregistrements corrigés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The edits are kept beside the file, not in the migration: %1</source>
        <translation>Les modifications sont conservées à côté du fichier, pas dans la migration : %1</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::RunControls</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start the migration</source>
        <translation>Démarrer la migration</translation>
    </message>
    <message>
        <source>Start the migration with the Plan page's settings, or go on where the journal stopped (Ctrl+R).</source>
        <translation>Démarre la migration avec les réglages de la page Plan, ou reprend là où le journal s'est arrêté (Ctrl+R).</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the migration</source>
        <translation>Mettre la migration en pause</translation>
    </message>
    <message>
        <source>No new batch is sent; the batches in flight finish (Ctrl+P).</source>
        <translation>Aucun nouveau lot n'est envoyé ; les lots en cours se terminent (Ctrl+P).</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Resume the migration</source>
        <translation>Reprendre la migration</translation>
    </message>
    <message>
        <source>Send batches again after a pause (Ctrl+Shift+R).</source>
        <translation>Envoie de nouveau des lots après une pause (Ctrl+Maj+R).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the migration</source>
        <translation>Annuler la migration</translation>
    </message>
    <message>
        <source>Stop now. Records in flight are looked up on the server by the next run, so nothing is lost or sent twice (Ctrl+Shift+X).</source>
        <translation>Arrête tout de suite. Les enregistrements en cours d'envoi sont recherchés sur le serveur par la prochaine exécution : rien n'est perdu ni envoyé deux fois (Ctrl+Maj+X).</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::RunPage</name>
    <message>
        <source>Bringing the records into the journal…</source>
        <translation>Enregistrements en cours d'ajout au journal…</translation>
    </message>
    <message>
        <source>Ready: Start goes on where the journal stopped.</source>
        <translation>Prêt : Démarrer reprend là où le journal s'est arrêté.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Pas commencée.</translation>
    </message>
    <message>
        <source>Running the %1 phase.</source>
        <translation>Phase %1 en cours.</translation>
    </message>
    <message>
        <source>Paused in the %1 phase.</source>
        <translation>En pause pendant la phase %1.</translation>
    </message>
    <message>
        <source>The %1 phase passed its gate: waiting for a manager to sign off the next phase.</source>
        <translation>La phase %1 a franchi son seuil : en attente de l'accord d'un responsable pour la phase suivante.</translation>
    </message>
    <message>
        <source>Waiting for a decision at the gate after the %1 phase.</source>
        <translation>En attente d'une décision au seuil après la phase %1.</translation>
    </message>
    <message>
        <source>Finished: every phase is done.</source>
        <translation>Terminée : toutes les phases sont faites.</translation>
    </message>
    <message>
        <source>Stopped at the gate after the %1 phase.</source>
        <translation>Arrêtée au seuil après la phase %1.</translation>
    </message>
    <message>
        <source>The run stopped on an error; nothing was lost.</source>
        <translation>L'exécution s'est arrêtée sur une erreur ; rien n'a été perdu.</translation>
    </message>
    <message>
        <source>Cancelled. Start goes on where it stopped.</source>
        <translation>Annulée. Démarrer reprend là où elle s'est arrêtée.</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 faits</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1 : %2 sur %3 faits</translation>
    </message>
    <message>
        <source>Paused: %1 of %2 done</source>
        <translation>En pause : %1 sur %2 faits</translation>
    </message>
    <message>
        <source>Waiting for a sign-off</source>
        <translation>En attente d'un accord</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>En attente d'une décision</translation>
    </message>
    <message>
        <source>Done: %1 migrated, %2 failed</source>
        <translation>Terminée : %1 migrés, %2 en échec</translation>
    </message>
    <message>
        <source>Stopped at a gate</source>
        <translation>Arrêtée à un seuil</translation>
    </message>
    <message>
        <source>Stopped on an error</source>
        <translation>Arrêtée sur une erreur</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 done</source>
        <translation>Annulée : %1 sur %2 faits</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Log of the batches sent</source>
        <translation>Journal des lots envoyés</translation>
    </message>
    <message>
        <source>Sends the records in phases: a 10% pilot, then up to 50%, then the rest, then a check of every record on the server. After each phase the gate compares its success rate with the plan's; below it, and after the pilot and expand when the plan asks for a sign-off, the migration waits for a manager's decision.</source>
        <translation>Envoie les enregistrements par phases : un pilote de 10 %, puis jusqu'à 50 %, puis le reste, puis une vérification de chaque enregistrement sur le serveur. Après chaque phase, le seuil compare son taux de réussite à celui du plan ; en dessous, et après le pilote et l'extension quand le plan demande une validation, la migration attend la décision d'un responsable.</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::RunRequest</name>
    <message>
        <source>There are no records to send: import a file first.</source>
        <translation>Il n'y a aucun enregistrement à envoyer : importez d'abord un fichier.</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::RunSession</name>
    <message>
        <source>A migration is running: cancel it on the Run page before opening another one.</source>
        <translation>Une migration est en cours : annulez-la sur la page Exécuter avant d'en ouvrir une autre.</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Environments</source>
        <translation>&amp;Environnements</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Valeurs par défaut</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Use the system's proxy settings</source>
        <translation>Utiliser les paramètres de proxy du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Proxy manuel</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>&amp;Hôte du proxy :</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;port:</source>
        <translation>&amp;Port du proxy :</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille des lots</translation>
    </message>
    <message>
        <source>Batches in flight</source>
        <translation>Lots en cours d'envoi</translation>
    </message>
    <message>
        <source>Batch calls per minute</source>
        <translation>Appels de lot par minute</translation>
    </message>
    <message>
        <source>Gate (minimum success rate)</source>
        <translation>Seuil (taux de réussite minimal)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::TrustTab</name>
    <message>
        <source>Basic</source>
        <translation>Basique</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>Renforcé</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Merchant trust levels</source>
        <translation>Niveaux de confiance des marchands</translation>
    </message>
    <message>
        <source>Each merchant on the server gets a trust level: basic, enhanced or premium. Every level is trusted; device lookup comes with enhanced and premium, unless the source has trusted or deviceLookupEnabled columns.</source>
        <translation>Chaque marchand présent sur le serveur reçoit un niveau de confiance : basic, enhanced ou premium. Tous les niveaux sont de confiance ; la recherche d'appareils vient avec enhanced et premium, sauf si la source a des colonnes trusted ou deviceLookupEnabled.</translation>
    </message>
    <message>
        <source>Source file:</source>
        <translation>Fichier source :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Level from the column</source>
        <translation>Niveau lu dans la colonne</translation>
    </message>
    <message>
        <source>Thresholds on the column</source>
        <translation>Seuils sur la colonne</translation>
    </message>
    <message>
        <source>Enhanced from:</source>
        <translation>Renforcé à partir de :</translation>
    </message>
    <message>
        <source>Premium from:</source>
        <translation>Premium à partir de :</translation>
    </message>
    <message>
        <source>Otherwise:</source>
        <translation>Sinon :</translation>
    </message>
    <message>
        <source>Load rules…</source>
        <translation>Charger des règles…</translation>
    </message>
    <message>
        <source>Save rules…</source>
        <translation>Enregistrer les règles…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation>Marchands</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Why it failed</source>
        <translation>Raison de l'échec</translation>
    </message>
    <message>
        <source>This migration holds customers; trust levels are set for merchants only.</source>
        <translation>Cette migration contient des clients ; les niveaux de confiance ne concernent que les marchands.</translation>
    </message>
    <message>
        <source>Preview to see how many merchants get each level before applying.</source>
        <translation>Affichez l'aperçu pour voir combien de marchands reçoivent chaque niveau avant d'appliquer.</translation>
    </message>
    <message>
        <source>Reading the source file and the journal…</source>
        <translation>Lecture du fichier source et du journal…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln merchants on the server: %1 trusted, %2 with device lookup. %3 records are not on the server and get no level.</source>
        <translation>
            <numerusform>%Ln marchand sur le serveur : %1 de confiance, %2 avec recherche d'appareils. %3 enregistrements ne sont pas sur le serveur et ne reçoivent pas de niveau.</numerusform>
            <numerusform>%Ln marchands sur le serveur : %1 de confiance, %2 avec recherche d'appareils. %3 enregistrements ne sont pas sur le serveur et ne reçoivent pas de niveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln values could not be read and got the default level.</source>
        <translation>
            <numerusform>%Ln valeur n'a pas pu être lue et a reçu le niveau par défaut.</numerusform>
            <numerusform>%Ln valeurs n'ont pas pu être lues et ont reçu le niveau par défaut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source has no level column: every merchant gets the default level.</source>
        <translation>La source n'a pas de colonne de niveau : chaque marchand reçoit le niveau par défaut.</translation>
    </message>
    <message>
        <source>%1 of %2 merchants done.</source>
        <translation>%1 marchands traités sur %2.</translation>
    </message>
    <message>
        <source>No trust level has been applied yet.</source>
        <translation>Aucun niveau de confiance n'a encore été appliqué.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln merchants validated, %1 failed, %2 still to do.</source>
        <translation>
            <numerusform>%Ln marchand validé, %1 en échec, %2 restant à traiter.</numerusform>
            <numerusform>%Ln marchands validés, %1 en échec, %2 restant à traiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load trust rules</source>
        <translation>Charger des règles de confiance</translation>
    </message>
    <message>
        <source>Trust rules (*.json);;All files (*)</source>
        <translation>Règles de confiance (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save trust rules</source>
        <translation>Enregistrer les règles de confiance</translation>
    </message>
    <message>
        <source>Trust rules (*.json)</source>
        <translation>Règles de confiance (*.json)</translation>
    </message>
    <message>
        <source>The trust rules %1 cannot be written: %2</source>
        <translation>Les règles de confiance %1 ne peuvent pas être écrites : %2</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::VerificationTab</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Records that differ on the server or were not found:</source>
        <translation>Enregistrements différents sur le serveur ou introuvables :</translation>
    </message>
    <message>
        <source>Open a migration to see what its verification found.</source>
        <translation>Ouvrez une migration pour voir ce que sa vérification a trouvé.</translation>
    </message>
    <message>
        <source>Verified: %1 · Mismatch: %2 · Not found: %3 · Still to verify: %4</source>
        <translation>Vérifiés : %1 · Différents : %2 · Introuvables : %3 · Encore à vérifier : %4</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Compare every migrated record with the server once more, e.g. after setting the merchants' trust levels.</source>
        <translation>Comparer encore une fois chaque enregistrement migré avec le serveur, par exemple après avoir défini les niveaux de confiance des marchands.</translation>
    </message>
</context>
<context>
    <name>Peere::Ui::WorkflowStep</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Review &amp; fix</source>
        <translation>Vérifier et corriger</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>After creation</source>
        <translation>Après la création</translation>
    </message>
    <message>
        <source>Read a CSV export of customers or merchants and map its columns.</source>
        <translation>Lire un export CSV de clients ou de marchands et faire correspondre ses colonnes.</translation>
    </message>
    <message>
        <source>See every validation problem and fix the data in place.</source>
        <translation>Voir chaque problème de validation et corriger les données sur place.</translation>
    </message>
    <message>
        <source>Choose the environment, batch size, pacing and the gate between phases.</source>
        <translation>Choisir l'environnement, la taille des lots, le rythme et le seuil entre les phases.</translation>
    </message>
    <message>
        <source>Send the records in phases: pilot, expand, complete, verify.</source>
        <translation>Envoyer les enregistrements par phases : pilote, extension, achèvement, vérification.</translation>
    </message>
    <message>
        <source>Success rate, processing time, data quality and throughput, live.</source>
        <translation>Taux de réussite, temps de traitement, qualité des données et débit, en direct.</translation>
    </message>
    <message>
        <source>Group failures by cause, fix them and send them again.</source>
        <translation>Regrouper les échecs par cause, les corriger et les renvoyer.</translation>
    </message>
    <message>
        <source>Link devices, set merchant trust levels and prepare notifications.</source>
        <translation>Associer les appareils, définir les niveaux de confiance des marchands et préparer les notifications.</translation>
    </message>
</context>
<context>
    <name>Peere::Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>%1 must not contain digits or control characters.</source>
        <translation>%1 ne doit contenir ni chiffres ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>%1 is not a valid e-mail address.</source>
        <translation>%1 n'est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 two-letter country code.</source>
        <translation>%1 n'est pas un code pays ISO 3166-1 à deux lettres.</translation>
    </message>
    <message>
        <source>%1 must be digits only: exactly 10 for Nigeria (NUBAN), 6 to 20 for other countries.</source>
        <translation>%1 ne doit contenir que des chiffres : exactement 10 pour le Nigeria (NUBAN), de 6 à 20 pour les autres pays.</translation>
    </message>
    <message>
        <source>%1 must be male, female or other.</source>
        <translation>%1 doit valoir male, female ou other.</translation>
    </message>
    <message>
        <source>%1 is not a possible phone number in international form (+ then 8 to 15 digits, no spaces).</source>
        <translation>%1 n'est pas un numéro de téléphone possible au format international (+ puis 8 à 15 chiffres, sans espaces).</translation>
    </message>
    <message>
        <source>%1 is not an assigned number in its country's numbering plan.</source>
        <translation>%1 n'est pas un numéro attribué dans le plan de numérotation de son pays.</translation>
    </message>
    <message>
        <source>%1 is not an absolute http or https address with a domain name.</source>
        <translation>%1 n'est pas une adresse http ou https absolue avec un nom de domaine.</translation>
    </message>
    <message>
        <source>Another row has the same %1.</source>
        <translation>Une autre ligne a le même %1.</translation>
    </message>
    <message>
        <source>This row has more or fewer fields than the header.</source>
        <translation>Cette ligne a plus ou moins de champs que l'en-tête.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 doit être du texte.</translation>
    </message>
    <message>
        <source>Unknown problem.</source>
        <translation>Problème inconnu.</translation>
    </message>
</context>
<context>
    <name>Peere::VerificationModel</name>
    <message>
        <source>Not found on the server</source>
        <translation>Introuvable sur le serveur</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
</context>
</TS>