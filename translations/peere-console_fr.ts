<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Peere::Sandbox</name>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>Impossible d'écouter sur %1, port %2.</translation>
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
        <source>Environment: none</source>
        <translation>Environnement : aucun</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
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
</TS>