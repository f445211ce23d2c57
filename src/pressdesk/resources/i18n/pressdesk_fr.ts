<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BoilerplateSection</name>
    <message>
        <location filename="../../gui/form/boilerplate_section.py" line="18"/>
        <source>About the organisation</source>
        <translation>À propos de l’organisation</translation>
    </message>
    <message>
        <location filename="../../gui/form/boilerplate_section.py" line="21"/>
        <source>Use the template&apos;s text</source>
        <translation>Utiliser le texte du modèle</translation>
    </message>
    <message>
        <location filename="../../gui/form/boilerplate_section.py" line="24"/>
        <source>A short paragraph about the organisation</source>
        <translation>Un court paragraphe de présentation de l’organisation</translation>
    </message>
    <message>
        <location filename="../../gui/form/boilerplate_section.py" line="48"/>
        <source>Use the template&apos;s boilerplate</source>
        <translation>Utiliser la présentation du modèle</translation>
    </message>
    <message>
        <location filename="../../gui/form/boilerplate_section.py" line="49"/>
        <source>Write own boilerplate</source>
        <translation>Rédiger sa propre présentation</translation>
    </message>
    <message>
        <location filename="../../gui/form/boilerplate_section.py" line="53"/>
        <source>Edit boilerplate</source>
        <translation>Modifier la présentation</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <location filename="../../gui/checks/panel.py" line="120"/>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="122"/>
        <source>Errors: %1 · Warnings: %2</source>
        <translation>Erreurs : %1 · Avertissements : %2</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="125"/>
        <location filename="../../gui/checks/panel.py" line="176"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="131"/>
        <source>Whole release</source>
        <translation>Tout le communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="133"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="133"/>
        <source>Subheadline</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="134"/>
        <source>Dateline</source>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="134"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="134"/>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="135"/>
        <source>Press contacts</source>
        <translation>Contacts presse</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="135"/>
        <source>About (boilerplate)</source>
        <translation>À propos (présentation)</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="136"/>
        <source>Notes to editors</source>
        <translation>Notes aux rédactions</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="136"/>
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="139"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="139"/>
        <source>speaker</source>
        <translation>auteur</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="139"/>
        <source>role</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="140"/>
        <source>lead-in</source>
        <translation>verbe introducteur</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="140"/>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="140"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="141"/>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="141"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="141"/>
        <source>embargo time</source>
        <translation>heure de levée de l’embargo</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="145"/>
        <source>, item %1</source>
        <translation>, élément %1</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="177"/>
        <source>Problems found in the release</source>
        <translation>Problèmes trouvés dans le communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="205"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérification</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="48"/>
        <source>Presets…</source>
        <translation>Préréglages…</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="72"/>
        <source>Contrast on white %1:1 — readable</source>
        <translation>Contraste sur blanc %1:1 — lisible</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="76"/>
        <source>⚠ Contrast on white %1:1 — too low for text (needs 4.5:1)</source>
        <translation>⚠ Contraste sur blanc %1:1 — trop faible pour du texte (4,5:1 requis)</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="81"/>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>ContactsTable</name>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="144"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="144"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="144"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="145"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="149"/>
        <source>Add Contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="151"/>
        <source>Remove Contact</source>
        <translation>Supprimer le contact</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../gui/crash.py" line="42"/>
        <source>Something went wrong inside PressDesk. The release you are working on is still open; please save it now.</source>
        <translation>Une erreur s’est produite dans PressDesk. Le communiqué en cours est toujours ouvert ; enregistrez-le maintenant.</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="45"/>
        <source>A recovery copy was written to:
{path}</source>
        <translation>Une copie de récupération a été écrite dans :
{path}</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="46"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="48"/>
        <source>Error: {error}</source>
        <translation>Erreur : {error}</translation>
    </message>
</context>
<context>
    <name>DialogLaunch</name>
    <message>
        <location filename="../../gui/dialog_launch.py" line="22"/>
        <source>“{what}” is not available yet in this build.

({error})</source>
        <translation>« {what} » n’est pas encore disponible dans cette version.

({error})</translation>
    </message>
    <message>
        <location filename="../../gui/dialog_launch.py" line="32"/>
        <source>Export to folder</source>
        <translation>Exporter dans un dossier</translation>
    </message>
    <message>
        <location filename="../../gui/dialog_launch.py" line="50"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location filename="../../gui/dialog_launch.py" line="70"/>
        <location filename="../../gui/dialog_launch.py" line="76"/>
        <source>Send by e-mail</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message>
        <location filename="../../gui/dialog_launch.py" line="77"/>
        <source>No e-mail program is set up to open the draft. It is in the folder that has just opened:
{path}</source>
        <translation>Aucun logiciel de messagerie n’est configuré pour ouvrir le brouillon. Il se trouve dans le dossier qui vient de s’ouvrir :
{path}</translation>
    </message>
    <message>
        <location filename="../../gui/dialog_launch.py" line="86"/>
        <source>Manage templates</source>
        <translation>Gérer les modèles</translation>
    </message>
    <message>
        <location filename="../../gui/dialog_launch.py" line="96"/>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <location filename="../../gui/dialog_launch.py" line="106"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../gui/preview/document_view.py" line="180"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../gui/preview/document_view.py" line="183"/>
        <source>Select &amp;All</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
</context>
<context>
    <name>EditorPages</name>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="35"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="38"/>
        <source>Template name:</source>
        <translation>Nom du modèle :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="41"/>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="47"/>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="48"/>
        <source>Show in header:</source>
        <translation>Afficher dans l’en-tête :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="49"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="49"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="55"/>
        <source>Languages offered:</source>
        <translation>Langues proposées :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="57"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="58"/>
        <source>Press contacts that every new release starts with.</source>
        <translation>Contacts presse repris dans chaque nouveau communiqué.</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="62"/>
        <source>Header and Footer</source>
        <translation>En-tête et pied de page</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="65"/>
        <source>Header text:</source>
        <translation>Texte d’en-tête :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="68"/>
        <source>Footer text:</source>
        <translation>Texte de pied de page :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="69"/>
        <source>Page numbers</source>
        <translation>Numéros de page</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="71"/>
        <source>Look</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="73"/>
        <source>Accent colour:</source>
        <translation>Couleur d’accent :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="73"/>
        <source>Text colour:</source>
        <translation>Couleur du texte :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="74"/>
        <source>Muted text:</source>
        <translation>Texte discret :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="74"/>
        <source>Rules:</source>
        <translation>Filets :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="75"/>
        <source>Quote background:</source>
        <translation>Fond des citations :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="81"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="81"/>
        <source>Headings</source>
        <translation>Titres</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="84"/>
        <source>Arabic script:</source>
        <translation>Écriture arabe :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="84"/>
        <source>Latin:</source>
        <translation>Latin :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="85"/>
        <source>Hebrew:</source>
        <translation>Hébreu :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="91"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="92"/>
        <source>Paper size:</source>
        <translation>Format du papier :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="93"/>
        <source>Top margin:</source>
        <translation>Marge du haut :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="93"/>
        <source>Bottom margin:</source>
        <translation>Marge du bas :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="94"/>
        <source>Start margin (right in Arabic):</source>
        <translation>Marge de début (à droite en arabe) :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="95"/>
        <source>End margin:</source>
        <translation>Marge de fin :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="100"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="101"/>
        <source>Quotes:</source>
        <translation>Citations :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="102"/>
        <source>Inline, in the text</source>
        <translation>Dans le texte</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="102"/>
        <source>Pull quote, set apart</source>
        <translation>Citation mise en exergue</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="103"/>
        <source>Digits in the dateline:</source>
        <translation>Chiffres de la date :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="104"/>
        <source>Western 0123</source>
        <translation>Occidentaux 0123</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="104"/>
        <source>Arabic-Indic ٠١٢٣</source>
        <translation>Arabes orientaux ٠١٢٣</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="105"/>
        <source>Persian ۰۱۲۳</source>
        <translation>Persans ۰۱۲۳</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="110"/>
        <source>Leave empty for the usual mark of the language (“-انتهى-”, “###”, “- FIN -”).</source>
        <translation>Laisser vide pour la marque habituelle de la langue (« -انتهى- », « ### », « - FIN - »).</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="130"/>
        <source>Organisation (%1):</source>
        <translation>Organisation (%1) :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="131"/>
        <source>About us (%1):</source>
        <translation>À propos (%1) :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="132"/>
        <source>End mark (%1):</source>
        <translation>Marque de fin (%1) :</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../gui/dialogs/common.py" line="38"/>
        <source>PressDesk cannot write to “%1”: the folder is read-only or you do not have permission to write there. Choose another folder.</source>
        <translation>PressDesk ne peut pas écrire dans « %1 » : le dossier est en lecture seule ou vous n’avez pas le droit d’y écrire. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="42"/>
        <source>The disk is full, so “%1” could not be written. Free some space or choose another folder.</source>
        <translation>Le disque est plein : « %1 » n’a pas pu être écrit. Libérez de l’espace ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="46"/>
        <source>The file name is too long. Choose a shorter name.</source>
        <translation>Le nom de fichier est trop long. Choisissez un nom plus court.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="48"/>
        <source>The folder “%1” does not exist and could not be created.</source>
        <translation>Le dossier « %1 » n’existe pas et n’a pas pu être créé.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="50"/>
        <source>“%1” could not be written: %2</source>
        <translation>« %1 » n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="73"/>
        <source>There is a problem with the template “%1”:</source>
        <translation>Le modèle « %1 » pose problème :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="75"/>
        <source>There is a problem with the template:</source>
        <translation>Le modèle pose problème :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="78"/>
        <source>This format cannot be exported on this computer: %1</source>
        <translation>Ce format ne peut pas être exporté sur cet ordinateur : %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="80"/>
        <source>The release has problems: %1</source>
        <translation>Le communiqué comporte des erreurs : %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="83"/>
        <source>This feature is not available in this installation of PressDesk (%1).</source>
        <translation>Cette fonction n’est pas disponible dans cette installation de PressDesk (%1).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="86"/>
        <source>The export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="89"/>
        <source>Something went wrong: %1</source>
        <translation>Une erreur s’est produite : %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="168"/>
        <source>Export Release</source>
        <translation>Exporter le communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="169"/>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="171"/>
        <source>PDF — ready to print and send</source>
        <translation>PDF — prêt à imprimer et à envoyer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="172"/>
        <source>Word document (DOCX) — for further editing</source>
        <translation>Document Word (DOCX) — pour le retravailler</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="173"/>
        <source>Web page (HTML) — for the website and email</source>
        <translation>Page web (HTML) — pour le site et les e-mails</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="174"/>
        <source>Plain text (TXT) — for news wires and pasting</source>
        <translation>Texte brut (TXT) — pour les agences de presse et le copier-coller</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="175"/>
        <source>E-mail draft (EML) — the release with its PDF attached</source>
        <translation>Brouillon d’e-mail (EML) — le communiqué avec son PDF en pièce jointe</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="180"/>
        <source>Not available on this computer: %1</source>
        <translation>Non disponible sur cet ordinateur : %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="182"/>
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="183"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="185"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nom du fichier :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="187"/>
        <source>The name of the files, without the extension</source>
        <translation>Le nom des fichiers, sans l’extension</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="188"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="189"/>
        <source>Export &amp;Anyway</source>
        <translation>&amp;Exporter quand même</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="190"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="217"/>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="219"/>
        <source>Choose a folder to save the files in.</source>
        <translation>Choisissez un dossier où enregistrer les fichiers.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="222"/>
        <source>Type a file name.</source>
        <translation>Saisissez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="225"/>
        <source>A file name cannot contain any of these characters: %1</source>
        <translation>Un nom de fichier ne peut contenir aucun de ces caractères : %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="227"/>
        <source>This file name is reserved by the system; choose another one.</source>
        <translation>Ce nom est réservé par le système ; choisissez-en un autre.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="253"/>
        <source>These files already exist in “%1”:
%2

Replace them?</source>
        <translation>Ces fichiers existent déjà dans « %1 » :
%2

Les remplacer ?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="254"/>
        <source>Replace Files?</source>
        <translation>Remplacer les fichiers ?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="256"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="270"/>
        <source>Nothing was exported.</source>
        <translation>Rien n’a été exporté.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="278"/>
        <source>Preparing the document…</source>
        <translation>Préparation du document…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="324"/>
        <source>Created the %1 version.</source>
        <translation>Version %1 créée.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="326"/>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="340"/>
        <source>Done. The files are in “%1”.</source>
        <translation>Terminé. Les fichiers sont dans « %1 ».</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="369"/>
        <source>Choose a Folder</source>
        <translation>Choisir un dossier</translation>
    </message>
</context>
<context>
    <name>ExportResults</name>
    <message>
        <location filename="../../gui/dialogs/export_results.py" line="43"/>
        <source>Exported files</source>
        <translation>Fichiers exportés</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_results.py" line="44"/>
        <source>&amp;Open File</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_results.py" line="45"/>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../gui/form/fields.py" line="114"/>
        <source>This text holds invisible direction controls or control characters; they are removed when the release is exported.</source>
        <translation>Ce texte contient des marques de direction invisibles ou des caractères de contrôle ; ils sont supprimés à l’export.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../gui/files.py" line="47"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="67"/>
        <source>New release</source>
        <translation>Nouveau communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="68"/>
        <source>The template could not be used:
{error}</source>
        <translation>Le modèle n’a pas pu être utilisé :
{error}</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="77"/>
        <source>Open release</source>
        <translation>Ouvrir un communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="78"/>
        <source>Press releases (*{ext});;All files (*)</source>
        <translation>Communiqués de presse (*{ext});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="122"/>
        <location filename="../../gui/files.py" line="88"/>
        <source>Cannot open the release</source>
        <translation>Impossible d’ouvrir le communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="123"/>
        <location filename="../../gui/files.py" line="89"/>
        <source>“{name}” could not be opened:

{problems}</source>
        <translation>« {name} » n’a pas pu être ouvert :

{problems}</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="94"/>
        <source>Opened {name}</source>
        <translation>{name} ouvert</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="112"/>
        <source>Save release as</source>
        <translation>Enregistrer le communiqué sous</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="113"/>
        <source>Press releases (*{ext})</source>
        <translation>Communiqués de presse (*{ext})</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="126"/>
        <source>Photos not copied</source>
        <translation>Photos non copiées</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="127"/>
        <source>These photos could not be copied next to the release:
{list}</source>
        <translation>Ces photos n’ont pas pu être copiées à côté du communiqué :
{list}</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="133"/>
        <source>Cannot save the release</source>
        <translation>Impossible d’enregistrer le communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="134"/>
        <source>“{name}” could not be saved: {reason}.

Your text is still here; try Save As to put it somewhere else.</source>
        <translation>« {name} » n’a pas pu être enregistré : {reason}.

Votre texte est toujours là ; essayez « Enregistrer sous » pour le mettre ailleurs.</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="139"/>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="167"/>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="170"/>
        <source>Clear list</source>
        <translation>Effacer la liste</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../gui/find_bar.py" line="64"/>
        <source>Find in the release</source>
        <translation>Rechercher dans le communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="70"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="71"/>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="72"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="73"/>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="74"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="75"/>
        <source>Ignore &amp;harakat and tatweel</source>
        <translation>Ignorer &amp;harakat et tatweel</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="77"/>
        <source>“منظمة” also finds “مُنظّمة” and “منظـــمة”</source>
        <translation>« منظمة » trouve aussi « مُنظّمة » et « منظـــمة »</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="78"/>
        <source>&amp;Alef forms alike</source>
        <translation>&amp;Formes de l’alif confondues</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="79"/>
        <source>Alef with or without hamza or madda match each other: “احمد” finds “أحمد”</source>
        <translation>L’alif avec ou sans hamza ou madda se confondent : « احمد » trouve « أحمد »</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="96"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="98"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="100"/>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="269"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="271"/>
        <source>{i} of {n}</source>
        <translation>{i} sur {n}</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="273"/>
        <source>{n} matches</source>
        <translation>{n} résultats</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="291"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="304"/>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../../gui/find_bar.py" line="306"/>
        <source>Replaced {n}</source>
        <translation>{n} remplacé(s)</translation>
    </message>
</context>
<context>
    <name>HeadlineSection</name>
    <message>
        <location filename="../../gui/form/headline_section.py" line="28"/>
        <source>Headline and dateline</source>
        <translation>Titre et ligne de date</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="33"/>
        <location filename="../../gui/form/headline_section.py" line="45"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="41"/>
        <source>Subheadline (optional)</source>
        <translation>Sous-titre (facultatif)</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="56"/>
        <source>City, e.g. القاهرة</source>
        <translation>Ville, p. ex. Rabat</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="63"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="65"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="65"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="75"/>
        <source>Dateline as printed:</source>
        <translation>Ligne de date imprimée :</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="80"/>
        <source>The dateline as it opens the first paragraph</source>
        <translation>La ligne de date telle qu’elle ouvre le premier paragraphe</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="86"/>
        <source>Edit headline</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="87"/>
        <source>Edit subheadline</source>
        <translation>Modifier le sous-titre</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="88"/>
        <source>Edit city</source>
        <translation>Modifier la ville</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="97"/>
        <source>{chars} characters · {words} words</source>
        <translation>{chars} caractères · {words} mots</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="100"/>
        <source>Headlines over {n} characters are often cut by news sites</source>
        <translation>Les sites d’information coupent souvent les titres de plus de {n} caractères</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="120"/>
        <source>Change date</source>
        <translation>Modifier la date</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="130"/>
        <source>(add a city and a date)</source>
        <translation>(ajoutez une ville et une date)</translation>
    </message>
</context>
<context>
    <name>HtmlPreview</name>
    <message>
        <location filename="../../gui/preview/html_preview.py" line="154"/>
        <source>The preview could not be built: {error}</source>
        <translation>L’aperçu n’a pas pu être construit : {error}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../gui/import_action.py" line="34"/>
        <source>Import a draft</source>
        <translation>Importer un brouillon</translation>
    </message>
    <message>
        <location filename="../../gui/import_action.py" line="35"/>
        <source>Drafts: Word, text, web pages, Markdown ({patterns});;All files (*)</source>
        <translation>Brouillons : Word, texte, pages web, Markdown ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../gui/import_action.py" line="53"/>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <location filename="../../gui/import_action.py" line="53"/>
        <source>“{name}” could not be imported:

{error}</source>
        <translation>« {name} » n’a pas pu être importé :

{error}</translation>
    </message>
    <message>
        <location filename="../../gui/import_action.py" line="60"/>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <location filename="../../gui/import_action.py" line="61"/>
        <source>Imported {name}</source>
        <translation>{name} importé</translation>
    </message>
    <message>
        <location filename="../../gui/import_action.py" line="70"/>
        <source>Paste as separate blocks?</source>
        <translation>Coller en blocs séparés ?</translation>
    </message>
    <message>
        <location filename="../../gui/import_action.py" line="71"/>
        <source>The text you are pasting has {n} paragraphs. Make one block of each (quotes become quote blocks)?</source>
        <translation>Le texte collé compte {n} paragraphes. Faire un bloc de chacun (les citations deviennent des blocs de citation) ?</translation>
    </message>
    <message>
        <location filename="../../gui/import_action.py" line="101"/>
        <source>Paste {n} blocks</source>
        <translation>Coller {n} blocs</translation>
    </message>
    <message>
        <location filename="../../gui/import_action.py" line="109"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="17"/>
        <source>a contact section without a name, e-mail or phone</source>
        <translation>une section contact sans nom, courriel ni téléphone</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="19"/>
        <source>about heading “{text}”</source>
        <translation>titre « À propos » : « {text} »</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="21"/>
        <source>an embargo line without a date: {text}</source>
        <translation>une ligne d’embargo sans date : {text}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="23"/>
        <source>background heading “{text}”</source>
        <translation>titre du contexte : « {text} »</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="25"/>
        <source>boilerplate (about the organisation)</source>
        <translation>présentation de l’organisation</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="27"/>
        <source>boilerplate, from the page&apos;s “about us” text</source>
        <translation>présentation de l’organisation, tirée du texte « qui sommes-nous » de la page</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="29"/>
        <source>contact text kept as a note: {text}</source>
        <translation>texte de contact gardé comme note : {text}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="31"/>
        <source>contact {found}</source>
        <translation>contact : {found}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="33"/>
        <source>contacts heading “{text}”</source>
        <translation>titre des contacts : « {text} »</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="35"/>
        <source>dateline {city}, {date}</source>
        <translation>lieu et date : {city}, {date}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="37"/>
        <source>embargo until {until}</source>
        <translation>embargo jusqu’au {until}</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="39"/>
        <source>end mark “{text}” (the template adds its own)</source>
        <translation>marque de fin « {text} » (le modèle ajoute la sienne)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="41"/>
        <source>headline “{text}”</source>
        <translation>titre : « {text} »</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="43"/>
        <source>label “{text}”</source>
        <translation>libellé : « {text} »</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="45"/>
        <source>language {language} (from the text)</source>
        <translation>langue {language} (d’après le texte)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="47"/>
        <source>no body paragraphs found</source>
        <translation>aucun paragraphe de corps trouvé</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="49"/>
        <source>no dateline found</source>
        <translation>aucune ligne de lieu et date trouvée</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="51"/>
        <source>no headline found</source>
        <translation>aucun titre trouvé</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="53"/>
        <source>no release line found (for immediate release assumed)</source>
        <translation>aucune mention de diffusion (diffusion immédiate supposée)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="55"/>
        <source>notes heading “{text}”</source>
        <translation>titre des notes : « {text} »</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="57"/>
        <source>release line “{text}”</source>
        <translation>mention de diffusion : « {text} »</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="59"/>
        <source>subheadline “{text}”</source>
        <translation>sous-titre : « {text} »</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="61"/>
        <source>the dateline has no date</source>
        <translation>la ligne de lieu et date n’a pas de date</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="63"/>
        <source>the dateline is not followed by a dash</source>
        <translation>la ligne de lieu et date n’est pas suivie d’un tiret</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="65"/>
        <source>the embargo gives no time zone; UTC was assumed</source>
        <translation>l’embargo n’indique pas de fuseau horaire ; UTC supposé</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="67"/>
        <source>the last paragraph (about an organisation) taken as background</source>
        <translation>le dernier paragraphe (sur une organisation) pris comme contexte</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="69"/>
        <source>{n} line(s) above the headline kept as body paragraphs</source>
        <translation>{n} ligne(s) au-dessus du titre gardée(s) comme paragraphes</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="71"/>
        <source>{n} line(s) of page furniture before the headline (“{text}” …)</source>
        <translation>{n} ligne(s) d’éléments de page avant le titre (« {text} » …)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="73"/>
        <source>{n} page part(s): navigation, headers, footers, share buttons, scripts ({parts})</source>
        <translation>{n} partie(s) de page : navigation, en-têtes, pieds de page, boutons de partage, scripts ({parts})</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="75"/>
        <source>{n} picture(s) not imported (the release format has no pictures yet)</source>
        <translation>{n} image(s) non importée(s) (le format des communiqués n’a pas encore d’images)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report_texts.py" line="77"/>
        <source>{n} quote(s) with their speakers</source>
        <translation>{n} citation(s) avec leurs auteurs</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../gui/dialogs/import_report.py" line="24"/>
        <source>Import report</source>
        <translation>Rapport d’import</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report.py" line="27"/>
        <source>“{name}” was imported as a new, unsaved release. Check the parts below; Edit → Undo brings back what you had before.</source>
        <translation>« {name} » a été importé comme un nouveau communiqué non enregistré. Vérifiez les parties ci-dessous ; Édition → Annuler rétablit ce que vous aviez avant.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report.py" line="32"/>
        <source>Recognised</source>
        <translation>Reconnu</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report.py" line="32"/>
        <source>Please check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_report.py" line="33"/>
        <source>Left out (page furniture, labels the template adds)</source>
        <translation>Laissé de côté (éléments de page, libellés ajoutés par le modèle)</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../gui/form/cards.py" line="49"/>
        <source>Drag to move; or Alt+Up / Alt+Down</source>
        <translation>Faites glisser pour déplacer, ou Alt+Haut / Alt+Bas</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="92"/>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="93"/>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="94"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="95"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="161"/>
        <location filename="../../gui/form/cards.py" line="162"/>
        <location filename="../../gui/form/cards.py" line="163"/>
        <source>New paragraph</source>
        <translation>Nouveau paragraphe</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="199"/>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="200"/>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="201"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="202"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="203"/>
        <source>Block type</source>
        <translation>Type de bloc</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="225"/>
        <source>Speaker, e.g. د. كريم النوري</source>
        <translation>Orateur, p. ex. Dr Karim Al-Nouri</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="226"/>
        <source>Role or title</source>
        <translation>Fonction ou titre</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="227"/>
        <source>Lead-in, e.g. وقال / Added (optional)</source>
        <translation>Introduction, p. ex. « a déclaré » (facultatif)</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="229"/>
        <source>Lead-in</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="229"/>
        <source>Speaker</source>
        <translation>Orateur</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="229"/>
        <location filename="../../gui/form/cards.py" line="297"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="210"/>
        <location filename="../../gui/form/cards.py" line="266"/>
        <source>Paragraph text</source>
        <translation>Texte du paragraphe</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="240"/>
        <source>Edit speaker</source>
        <translation>Modifier l’orateur</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="241"/>
        <source>Edit role</source>
        <translation>Modifier la fonction</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="242"/>
        <source>Edit lead-in</source>
        <translation>Modifier l’introduction</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="212"/>
        <location filename="../../gui/form/cards.py" line="280"/>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="247"/>
        <source>Change block type</source>
        <translation>Changer le type de bloc</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="266"/>
        <source>What the speaker said</source>
        <translation>Ce qu’a dit l’orateur</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="291"/>
        <location filename="../../gui/form/cards.py" line="297"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="292"/>
        <source>Role, e.g. Communications Officer</source>
        <translation>Fonction, p. ex. chargée de communication</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="298"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="298"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="308"/>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="309"/>
        <source>An e-mail address such as name@example.org</source>
        <translation>Une adresse e-mail comme nom@example.org</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="310"/>
        <source>A phone number with its country code, such as +20 2 1234 5678</source>
        <translation>Un numéro de téléphone avec l’indicatif du pays, comme +20 2 1234 5678</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="316"/>
        <source>This does not look like an e-mail address (expected name@example.org).</source>
        <translation>Cela ne ressemble pas à une adresse e-mail (attendu : nom@example.org).</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="318"/>
        <source>A phone number has digits, spaces, +, ( ) and - only (e.g. +20 2 1234 5678).</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, des espaces, +, ( ) et - (p. ex. +20 2 1234 5678).</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="62"/>
        <location filename="../../gui/form/block_boxes.py" line="96"/>
        <source>Choose photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="66"/>
        <source>Embed in the file</source>
        <translation>Intégrer au fichier</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="68"/>
        <source>Put the photo inside the release file, so one file can be e-mailed</source>
        <translation>Placer la photo dans le fichier du communiqué, pour n’envoyer qu’un fichier</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="75"/>
        <source>Caption: what the photo shows</source>
        <translation>Légende : ce que montre la photo</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="76"/>
        <source>Credit, e.g. Photo: name / organisation</source>
        <translation>Crédit, p. ex. Photo : nom / organisation</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="77"/>
        <source>Description for screen readers</source>
        <translation>Description pour les lecteurs d’écran</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="78"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="79"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="80"/>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="88"/>
        <source>Edit caption</source>
        <translation>Modifier la légende</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="89"/>
        <source>Edit credit</source>
        <translation>Modifier le crédit</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="90"/>
        <source>Edit alt text</source>
        <translation>Modifier le texte alternatif</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="96"/>
        <source>Replace photo…</source>
        <translation>Remplacer la photo…</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="98"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="115"/>
        <source>{name}, {w} × {h} pixels</source>
        <translation>{name}, {w} × {h} pixels</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="123"/>
        <location filename="../../gui/form/block_boxes.py" line="129"/>
        <source>Choose photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="124"/>
        <source>Photos ({patterns})</source>
        <translation>Photos ({patterns})</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="129"/>
        <source>Cannot use this photo</source>
        <translation>Impossible d’utiliser cette photo</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="134"/>
        <source>Cannot embed this photo</source>
        <translation>Impossible d’intégrer cette photo</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="134"/>
        <source>Embed photo</source>
        <translation>Intégrer la photo</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="157"/>
        <source>One item per line</source>
        <translation>Un élément par ligne</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="159"/>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="164"/>
        <source>Edit list</source>
        <translation>Modifier la liste</translation>
    </message>
    <message>
        <location filename="../../gui/form/block_boxes.py" line="168"/>
        <source>Change list numbering</source>
        <translation>Changer la numérotation</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../gui/form/item_list.py" line="134"/>
        <source>Add quote</source>
        <translation>Ajouter une citation</translation>
    </message>
    <message>
        <location filename="../../gui/form/item_list.py" line="135"/>
        <source>Add paragraph</source>
        <translation>Ajouter un paragraphe</translation>
    </message>
    <message>
        <location filename="../../gui/form/item_list.py" line="136"/>
        <source>Add photo</source>
        <translation>Ajouter une photo</translation>
    </message>
    <message>
        <location filename="../../gui/form/item_list.py" line="137"/>
        <source>Add list</source>
        <translation>Ajouter une liste</translation>
    </message>
    <message>
        <location filename="../../gui/form/item_list.py" line="138"/>
        <source>Add item</source>
        <translation>Ajouter un élément</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="105"/>
        <source>Choose Logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="108"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="125"/>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="126"/>
        <source>PNG, JPEG or SVG. Large images are scaled down.</source>
        <translation>PNG, JPEG ou SVG. Les grandes images sont réduites.</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="131"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="95"/>
        <source>Live preview</source>
        <translation>Aperçu en direct</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="96"/>
        <source>Page preview</source>
        <translation>Aperçu des pages</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="164"/>
        <source>{name}[*] — PressDesk</source>
        <translation>{name}[*] — PressDesk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="170"/>
        <source>{n} words</source>
        <translation>{n} mots</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="171"/>
        <source>Headline: {n} characters</source>
        <translation>Titre : {n} caractères</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="175"/>
        <source>Autosave failed: {error}</source>
        <translation>Échec de l’enregistrement automatique : {error}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="183"/>
        <source>Headline</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="183"/>
        <source>Subheadline</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="184"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="184"/>
        <source>Boilerplate</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="186"/>
        <source>Block {n}</source>
        <translation>Bloc {n}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="188"/>
        <source>Background {n}</source>
        <translation>Contexte {n}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="190"/>
        <source>Note {n}</source>
        <translation>Note {n}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="192"/>
        <source>Contact {n}</source>
        <translation>Contact {n}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="196"/>
        <source>Invisible direction controls in: {fields}</source>
        <translation>Marques de direction invisibles dans : {fields}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="206"/>
        <source>Click in a block first.</source>
        <translation>Cliquez d’abord dans un bloc.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="242"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="244"/>
        <location filename="../../gui/main_window.py" line="256"/>
        <source>Cannot print</source>
        <translation>Impossible d’imprimer</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="269"/>
        <source>Exported {n} files to {folder}</source>
        <translation>{n} fichiers exportés dans {folder}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="276"/>
        <source>E-mail draft: {path}</source>
        <translation>Brouillon d’e-mail : {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="326"/>
        <source>About PressDesk</source>
        <translation>À propos de PressDesk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="327"/>
        <source>&lt;h3&gt;PressDesk {version}&lt;/h3&gt;&lt;p&gt;Write press releases in Arabic, English, French, Persian and Hebrew, and export them to PDF, Word and HTML.&lt;/p&gt;&lt;p&gt;Fonts (SIL Open Font License 1.1): {fonts}.&lt;/p&gt;&lt;p&gt;Built with Qt {qt} (LGPL).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PressDesk {version}&lt;/h3&gt;&lt;p&gt;Rédigez vos communiqués de presse en arabe, anglais, français, persan et hébreu, et exportez-les en PDF, Word et HTML.&lt;/p&gt;&lt;p&gt;Polices (SIL Open Font License 1.1) : {fonts}.&lt;/p&gt;&lt;p&gt;Réalisé avec Qt {qt} (LGPL).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="345"/>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="81"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="81"/>
        <source>Start a release from a template</source>
        <translation>Commencer un communiqué à partir d’un modèle</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="82"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="82"/>
        <source>Open a release file</source>
        <translation>Ouvrir un fichier de communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="83"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="84"/>
        <source>Import a Word file, text, web page or Markdown as a release</source>
        <translation>Importer un fichier Word, un texte, une page web ou du Markdown comme communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="85"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="85"/>
        <source>Save the release</source>
        <translation>Enregistrer le communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="86"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="87"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="88"/>
        <source>Export to PDF, Word (DOCX) and HTML</source>
        <translation>Exporter en PDF, Word (DOCX) et HTML</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="89"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="90"/>
        <source>Print the release as its PDF</source>
        <translation>Imprimer le communiqué tel que son PDF</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="91"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="91"/>
        <source>Find text in every field</source>
        <translation>Rechercher du texte dans tous les champs</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="92"/>
        <source>Find and &amp;Replace…</source>
        <translation>Rechercher et &amp;remplacer…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="93"/>
        <source>Find and replace text in every field</source>
        <translation>Rechercher et remplacer du texte dans tous les champs</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="94"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="95"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="97"/>
        <source>Send by E-&amp;mail…</source>
        <translation>Envoyer par e-&amp;mail…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="98"/>
        <source>Open an e-mail draft with the release and its PDF attached</source>
        <translation>Ouvrir un brouillon d’e-mail avec le communiqué et son PDF en pièce jointe</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="99"/>
        <source>Save as &amp;Template…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="100"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="101"/>
        <source>Add &amp;Paragraph</source>
        <translation>Ajouter un &amp;paragraphe</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="102"/>
        <source>Add a paragraph after the current block</source>
        <translation>Ajouter un paragraphe après le bloc courant</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="103"/>
        <source>Add &amp;Quote</source>
        <translation>Ajouter une &amp;citation</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="104"/>
        <source>Add a quote after the current block</source>
        <translation>Ajouter une citation après le bloc courant</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="105"/>
        <source>&amp;Duplicate Block</source>
        <translation>&amp;Dupliquer le bloc</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="106"/>
        <source>&amp;Remove Block</source>
        <translation>&amp;Supprimer le bloc</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="107"/>
        <source>Move Block &amp;Up</source>
        <translation>&amp;Monter le bloc</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="109"/>
        <source>Move Block Do&amp;wn</source>
        <translation>Descendre le &amp;bloc</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="111"/>
        <source>&amp;Manage Templates…</source>
        <translation>&amp;Gérer les modèles…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="112"/>
        <source>&amp;New Template…</source>
        <translation>&amp;Nouveau modèle…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="113"/>
        <source>Make a template: organisation, logo, texts, look</source>
        <translation>Créer un modèle : organisation, logo, textes, apparence</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="114"/>
        <source>&amp;Edit Template…</source>
        <translation>&amp;Modifier le modèle…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="115"/>
        <source>Edit the template of this release</source>
        <translation>Modifier le modèle de ce communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="116"/>
        <source>&amp;Live Preview</source>
        <translation>Aperçu en &amp;direct</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="117"/>
        <source>&amp;Page Preview</source>
        <translation>Aperçu des &amp;pages</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="118"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="119"/>
        <source>&amp;About PressDesk</source>
        <translation>À &amp;propos de PressDesk</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="121"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="124"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="136"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="138"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="150"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="159"/>
        <source>&amp;Templates</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <location filename="../../gui/checks/panel.py" line="206"/>
        <location filename="../../gui/actions.py" line="163"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="165"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="167"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="170"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../gui/messages.py" line="21"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="22"/>
        <source>“{name}” has changes that are not saved.

Save them before closing?</source>
        <translation>« {name} » comporte des modifications non enregistrées.

Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="39"/>
        <source>a new, never saved release</source>
        <translation>un nouveau communiqué jamais enregistré</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="42"/>
        <source>Restore unsaved work?</source>
        <translation>Restaurer le travail non enregistré ?</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="43"/>
        <source>PressDesk was closed before your changes to {what} were saved. A recovery copy from {when} was found.

Restore it?</source>
        <translation>PressDesk a été fermé avant l’enregistrement de vos modifications de {what}. Une copie de récupération du {when} a été trouvée.

La restaurer ?</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="60"/>
        <source>… and {n} more</source>
        <translation>… et {n} autres</translation>
    </message>
</context>
<context>
    <name>NewReleaseDialog</name>
    <message>
        <location filename="../../gui/new_release_dialog.py" line="29"/>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <location filename="../../gui/new_release_dialog.py" line="31"/>
        <source>mine</source>
        <translation>les miens</translation>
    </message>
    <message>
        <location filename="../../gui/new_release_dialog.py" line="32"/>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <location filename="../../gui/new_release_dialog.py" line="39"/>
        <source>New release</source>
        <translation>Nouveau communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/new_release_dialog.py" line="42"/>
        <source>The template sets the look, the organisation&apos;s details and the skeleton of the text.</source>
        <translation>Le modèle définit l’apparence, les coordonnées de l’organisation et le squelette du texte.</translation>
    </message>
    <message>
        <location filename="../../gui/new_release_dialog.py" line="69"/>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <location filename="../../gui/new_release_dialog.py" line="70"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../gui/preview/page_preview.py" line="44"/>
        <source>The pages appear here when the release has been composed.</source>
        <translation>Les pages s’affichent ici une fois le communiqué mis en page.</translation>
    </message>
    <message>
        <location filename="../../gui/preview/page_preview.py" line="125"/>
        <source>The PDF could not be displayed.</source>
        <translation>Le PDF n’a pas pu être affiché.</translation>
    </message>
    <message>
        <location filename="../../gui/preview/page_preview.py" line="167"/>
        <source>The page preview needs the PDF export, which is not available in this installation:
{error}</source>
        <translation>L’aperçu des pages nécessite l’export PDF, qui n’est pas disponible dans cette installation :
{error}</translation>
    </message>
    <message>
        <location filename="../../gui/preview/page_preview.py" line="170"/>
        <source>The PDF could not be made: {error}</source>
        <translation>Le PDF n’a pas pu être créé : {error}</translation>
    </message>
</context>
<context>
    <name>PreflightBox</name>
    <message>
        <location filename="../../gui/checks/preflight.py" line="48"/>
        <source>Before this goes out, these problems need attention (%1):</source>
        <translation>Avant l’envoi, ces problèmes demandent votre attention (%1) :</translation>
    </message>
    <message>
        <location filename="../../gui/checks/preflight.py" line="52"/>
        <source>… and %1 more (see View ▸ Check).</source>
        <translation>… et %1 autres (voir Affichage ▸ Vérification).</translation>
    </message>
    <message>
        <location filename="../../gui/checks/preflight.py" line="54"/>
        <source>You can still export: the files will have these problems.</source>
        <translation>Vous pouvez exporter quand même : les fichiers auront ces problèmes.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../gui/printing.py" line="29"/>
        <source>The PDF could not be read for printing.</source>
        <translation>Le PDF n’a pas pu être lu pour l’impression.</translation>
    </message>
    <message>
        <location filename="../../gui/printing.py" line="35"/>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../../gui/printing.py" line="66"/>
        <source>Print Release</source>
        <translation>Imprimer le communiqué</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../gui/i18n.py" line="36"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="37"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="38"/>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="39"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="40"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="41"/>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="42"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="43"/>
        <source>N&amp;o to All</source>
        <translation>Non à t&amp;out</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="44"/>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="45"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="46"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="47"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="48"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="49"/>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="50"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="51"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="52"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="53"/>
        <source>Restore Defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="54"/>
        <source>Don&apos;t Save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="55"/>
        <source>Close without Saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>ReleaseEditor</name>
    <message>
        <location filename="../../gui/editor/state.py" line="60"/>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <location filename="../../gui/editor/state.py" line="60"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../gui/editor/state.py" line="82"/>
        <source>Add quote</source>
        <translation>Ajouter une citation</translation>
    </message>
    <message>
        <location filename="../../gui/editor/state.py" line="82"/>
        <source>Add item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <location filename="../../gui/editor/state.py" line="88"/>
        <source>Duplicate item</source>
        <translation>Dupliquer l’élément</translation>
    </message>
    <message>
        <location filename="../../gui/editor/state.py" line="92"/>
        <source>Remove item</source>
        <translation>Supprimer l’élément</translation>
    </message>
    <message>
        <location filename="../../gui/editor/state.py" line="98"/>
        <source>Move item</source>
        <translation>Déplacer l’élément</translation>
    </message>
</context>
<context>
    <name>ReleaseForm</name>
    <message>
        <location filename="../../gui/form/form.py" line="47"/>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Paragraphs and quotes in reading order; the first paragraph opens with the dateline. Drag a block by its grip, or move it with Alt+Up and Alt+Down.</source>
        <translation type="vanished">Paragraphes et citations dans l’ordre de lecture ; le premier paragraphe s’ouvre sur la ligne de date. Faites glisser un bloc par sa poignée, ou déplacez-le avec Alt+Haut et Alt+Bas.</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="48"/>
        <source>Paragraphs, quotes, photos and lists in reading order; the first paragraph opens with the dateline. Ctrl+B bold, Ctrl+I italic, Ctrl+K link. Drag a block by its grip, or move it with Alt+Up and Alt+Down.</source>
        <translation>Paragraphes, citations, photos et listes dans l’ordre de lecture ; le premier paragraphe commence par le lieu et la date. Ctrl+B gras, Ctrl+I italique, Ctrl+K lien. Faites glisser un bloc par sa poignée, ou déplacez-le avec Alt+Haut et Alt+Bas.</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="52"/>
        <source>Add paragraph</source>
        <translation>Ajouter un paragraphe</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="52"/>
        <source>Add quote</source>
        <translation>Ajouter une citation</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="53"/>
        <source>Add photo</source>
        <translation>Ajouter une photo</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="53"/>
        <source>Add list</source>
        <translation>Ajouter une liste</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="54"/>
        <source>No paragraphs yet.</source>
        <translation>Aucun paragraphe pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="54"/>
        <source>Paragraph text</source>
        <translation>Texte du paragraphe</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="58"/>
        <source>Background</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="60"/>
        <source>Add background paragraph</source>
        <translation>Ajouter un paragraphe de contexte</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="61"/>
        <source>Optional: facts and history under a “Background” heading.</source>
        <translation>Facultatif : faits et historique sous un intertitre « Contexte ».</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="62"/>
        <source>Background paragraph</source>
        <translation>Paragraphe de contexte</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="66"/>
        <source>Press contacts</source>
        <translation>Contacts presse</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="68"/>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="69"/>
        <source>No contacts: the template&apos;s contacts are used.</source>
        <translation>Aucun contact : ceux du modèle sont utilisés.</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="76"/>
        <source>Notes to editors</source>
        <translation>Notes aux rédactions</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="78"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="79"/>
        <source>Optional: notes for journalists, not for publication.</source>
        <translation>Facultatif : notes pour les journalistes, non destinées à la publication.</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="80"/>
        <source>Note to editors</source>
        <translation>Note aux rédactions</translation>
    </message>
</context>
<context>
    <name>ReleaseMessages</name>
    <message>
        <location filename="../../gui/release_messages.py" line="20"/>
        <source>{path}: expected text, got {kind}</source>
        <translation>{path} : texte attendu, trouvé {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="21"/>
        <source>{path}: text longer than {n} characters</source>
        <translation>{path} : texte de plus de {n} caractères</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="22"/>
        <source>{path}: expected an object, got {kind}</source>
        <translation>{path} : objet attendu, trouvé {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="23"/>
        <source>{path}: expected a list, got {kind}</source>
        <translation>{path} : liste attendue, trouvé {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="24"/>
        <source>expected a JSON object at the top, got {kind}</source>
        <translation>objet JSON attendu au premier niveau, trouvé {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="25"/>
        <source>format: expected {expected}, got {got}</source>
        <translation>format : {expected} attendu, trouvé {got}</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="26"/>
        <source>version: expected a whole number, got {kind}</source>
        <translation>version : nombre entier attendu, trouvé {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="27"/>
        <source>this release was written by a newer PressDesk (file format version {version}; this version reads up to {supported}). Update PressDesk to open it.</source>
        <translation>ce communiqué a été écrit par un PressDesk plus récent (format de fichier version {version} ; cette version lit jusqu’à {supported}). Mettez PressDesk à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="30"/>
        <source>version: {version} is not a valid format version</source>
        <translation>version : {version} n’est pas une version de format valide</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="31"/>
        <source>language: {got} is not a language tag like &apos;ar&apos;, &apos;ar-EG&apos;, &apos;en&apos;</source>
        <translation>language : {got} n’est pas un code de langue comme &apos;ar&apos;, &apos;ar-EG&apos;, &apos;en&apos;</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="33"/>
        <source>release.until: an embargoed release needs a date-time</source>
        <translation>release.until : un communiqué sous embargo demande une date et une heure</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="34"/>
        <source>release.until: expected an ISO date-time with offset like 2021-11-30T10:00:00+02:00, got {got}</source>
        <translation>release.until : date et heure ISO avec décalage attendues, comme 2021-11-30T10:00:00+02:00, trouvé {got}</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="37"/>
        <source>dateline.date: expected a date like 2021-11-30, got {got}</source>
        <translation>dateline.date : date attendue comme 2021-11-30, trouvé {got}</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="38"/>
        <source>{path}: expected one of {choices}, got {got}</source>
        <translation>{path} : une valeur parmi {choices} attendue, trouvé {got}</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="39"/>
        <source>boilerplate: expected text or null, got {kind}</source>
        <translation>boilerplate : texte ou null attendu, trouvé {kind}</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="40"/>
        <source>digits: expected one of {choices} or null</source>
        <translation>digits : une valeur parmi {choices} ou null attendue</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="41"/>
        <source>the file is {size} MB; a release file is at most {limit} MB, so this is not one</source>
        <translation>le fichier fait {size} Mo ; un communiqué fait au plus {limit} Mo, ce n’en est donc pas un</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="43"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="44"/>
        <source>this is a folder, not a release file</source>
        <translation>c’est un dossier, pas un fichier de communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="45"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="46"/>
        <source>cannot read the file ({reason})</source>
        <translation>impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="47"/>
        <source>not UTF-8 text (bad byte at position {position}); is this a release file?</source>
        <translation>pas du texte UTF-8 (octet invalide à la position {position}) ; est-ce bien un communiqué ?</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="49"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="50"/>
        <source>not valid JSON at line {line}, column {column}: {reason}</source>
        <translation>JSON invalide ligne {line}, colonne {column} : {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="51"/>
        <source>the JSON is nested too deeply</source>
        <translation>le JSON est imbriqué trop profondément</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="55"/>
        <source>true/false</source>
        <translation>vrai/faux</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="56"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="57"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="58"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="59"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../../gui/release_messages.py" line="60"/>
        <source>null</source>
        <translation>null</translation>
    </message>
</context>
<context>
    <name>ReleaseSection</name>
    <message>
        <location filename="../../gui/form/release_section.py" line="50"/>
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="66"/>
        <source>Template&apos;s choice</source>
        <translation>Selon le modèle</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="66"/>
        <source>Western (0123)</source>
        <translation>Occidentaux (0123)</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="67"/>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>Arabes orientaux (٠١٢٣)</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="67"/>
        <source>Persian (۰۱۲۳)</source>
        <translation>Persans (۰۱۲۳)</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="69"/>
        <source>Digits used in the dateline and page numbers</source>
        <translation>Chiffres utilisés dans la ligne de date et les numéros de page</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="72"/>
        <source>Change digits</source>
        <translation>Changer les chiffres</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="73"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="74"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="75"/>
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="87"/>
        <source>For immediate release</source>
        <translation>Pour diffusion immédiate</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="88"/>
        <source>Embargoed until</source>
        <translation>Sous embargo jusqu’au</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="101"/>
        <source>Time zone of the embargo</source>
        <translation>Fuseau horaire de l’embargo</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="108"/>
        <source>Keywords, separated by commas</source>
        <translation>Mots-clés, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="109"/>
        <source>Keywords for the exported files&apos; metadata</source>
        <translation>Mots-clés pour les métadonnées des fichiers exportés</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="111"/>
        <source>Edit keywords</source>
        <translation>Modifier les mots-clés</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="126"/>
        <source>Change language</source>
        <translation>Changer de langue</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="139"/>
        <source>your library</source>
        <translation>votre bibliothèque</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="139"/>
        <source>shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="147"/>
        <source>Change template</source>
        <translation>Changer de modèle</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="152"/>
        <source>{name} (missing)</source>
        <translation>{name} (introuvable)</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="171"/>
        <source>Change release line</source>
        <translation>Changer la mention de diffusion</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="204"/>
        <source>Change embargo time</source>
        <translation>Changer l’heure de l’embargo</translation>
    </message>
</context>
<context>
    <name>RichTextField</name>
    <message>
        <location filename="../../gui/form/rich_field.py" line="65"/>
        <source>Ctrl+B bold, Ctrl+I italic, Ctrl+K link</source>
        <translation>Ctrl+B gras, Ctrl+I italique, Ctrl+K lien</translation>
    </message>
    <message>
        <location filename="../../gui/form/rich_field.py" line="159"/>
        <location filename="../../gui/form/rich_field.py" line="166"/>
        <source>Insert link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <location filename="../../gui/form/rich_field.py" line="159"/>
        <source>Web address (https://…) or mailto:</source>
        <translation>Adresse web (https://…) ou mailto:</translation>
    </message>
    <message>
        <location filename="../../gui/form/rich_field.py" line="167"/>
        <source>Only web addresses (http:// or https://) and mailto: links can be used.</source>
        <translation>Seules les adresses web (http:// ou https://) et les liens mailto: sont acceptés.</translation>
    </message>
</context>
<context>
    <name>SaveAsTemplateDialog</name>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="100"/>
        <source>Save as Template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="102"/>
        <source>Save this release&apos;s template, with its contacts and standard texts, as a new template in your library, ready for the next release.</source>
        <translation>Enregistrez le modèle de ce communiqué, avec ses contacts et ses textes types, comme nouveau modèle de votre bibliothèque, prêt pour le prochain communiqué.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="104"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="105"/>
        <source>For example: Regional Office — Arabic</source>
        <translation>Par exemple : Bureau régional — arabe</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="106"/>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="107"/>
        <source>for example: regional-office-ar</source>
        <translation>par exemple : bureau-regional-ar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="108"/>
        <source>Include the body&apos;s structure (skeleton): its paragraphs and quotes, for the next release to fill in</source>
        <translation>Inclure la structure du corps (squelette) : ses paragraphes et citations, à remplir au prochain communiqué</translation>
    </message>
    <message>
        <source>Type an id: it names the template&apos;s folder and is stored in releases.</source>
        <translation type="vanished">Saisissez un identifiant : il nomme le dossier du modèle et est enregistré dans les communiqués.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="129"/>
        <source>Type a name (in any language) or an id: the id names the template&apos;s folder and is stored in releases.</source>
        <translation>Saisissez un nom (dans n’importe quelle langue) ou un identifiant : l’identifiant nomme le dossier du modèle et est enregistré dans les communiqués.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="134"/>
        <source>Use lowercase letters only.</source>
        <translation>Utilisez uniquement des minuscules.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="136"/>
        <source>The id must start with a letter or a digit.</source>
        <translation>L’identifiant doit commencer par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="137"/>
        <source>Use only lowercase Latin letters (a–z), digits, “-” and “_”, without spaces.</source>
        <translation>Utilisez uniquement des lettres latines minuscules (a–z), des chiffres, « - » et « _ », sans espaces.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="162"/>
        <source>Your library already has a template with this id; saving replaces it.</source>
        <translation>Votre bibliothèque contient déjà un modèle avec cet identifiant ; l’enregistrement le remplacera.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="164"/>
        <source>A built-in or shared template has this id; yours will be used instead.</source>
        <translation>Un modèle intégré ou partagé porte cet identifiant ; le vôtre sera utilisé à sa place.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="166"/>
        <source>Lowercase letters, digits, “-” and “_”.</source>
        <translation>Minuscules, chiffres, « - » et « _ ».</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="174"/>
        <source>Your library already has a template “%1”. Replace it?</source>
        <translation>Votre bibliothèque contient déjà un modèle « %1 ». Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="175"/>
        <source>Replace Template?</source>
        <translation>Remplacer le modèle ?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="176"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="168"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="169"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="170"/>
        <source>&amp;Language of menus and dialogs:</source>
        <translation>&amp;Langue des menus et des boîtes de dialogue :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="172"/>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="173"/>
        <source>New releases</source>
        <translation>Nouveaux communiqués</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="174"/>
        <source>Default &amp;release language:</source>
        <translation>Langue des &amp;communiqués par défaut :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="176"/>
        <source>The language a new release is written in. It decides the document&apos;s direction and its standard labels, whatever the language of the menus.</source>
        <translation>La langue dans laquelle un nouveau communiqué est rédigé. Elle détermine le sens d’écriture du document et ses mentions types, quelle que soit la langue des menus.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="178"/>
        <source>Default &amp;template:</source>
        <translation>&amp;Modèle par défaut :</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="179"/>
        <source>Shared template folders</source>
        <translation>Dossiers de modèles partagés</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="181"/>
        <source>Folders, for example on a network drive, where your office keeps the templates everyone uses.</source>
        <translation>Dossiers, par exemple sur un lecteur réseau, où votre bureau conserve les modèles communs.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="183"/>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="184"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="200"/>
        <source>The menus and dialogs switch to the new language when you press OK; a few open windows may update only after PressDesk restarts.</source>
        <translation>Les menus et les boîtes de dialogue passent à la nouvelle langue dès que vous cliquez sur OK ; certaines fenêtres ouvertes ne seront mises à jour qu’au redémarrage de PressDesk.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="202"/>
        <source>Each release keeps its own language for the document, whatever the language of the menus.</source>
        <translation>Chaque communiqué garde sa propre langue pour le document, quelle que soit la langue des menus.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="212"/>
        <source>This folder cannot be found right now.</source>
        <translation>Ce dossier est introuvable pour le moment.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="239"/>
        <source>Choose a Shared Template Folder</source>
        <translation>Choisir un dossier de modèles partagé</translation>
    </message>
</context>
<context>
    <name>SpellContext</name>
    <message>
        <location filename="../../gui/spelling/context.py" line="67"/>
        <source>Spell check is off: the spelling engine (chunspell) is not installed.</source>
        <translation>Correcteur désactivé : le moteur orthographique (chunspell) n’est pas installé.</translation>
    </message>
    <message>
        <location filename="../../gui/spelling/context.py" line="69"/>
        <source>No spelling dictionary for %1: its words are not checked.</source>
        <translation>Pas de dictionnaire pour %1 : ses mots ne sont pas vérifiés.</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../gui/spelling/menu.py" line="49"/>
        <source>(no suggestions)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <location filename="../../gui/spelling/menu.py" line="52"/>
        <source>Add to dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <location filename="../../gui/spelling/menu.py" line="55"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="71"/>
        <source>Texts and preview in:</source>
        <translation>Textes et aperçu en :</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="91"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="94"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="103"/>
        <source>&amp;Export .pdtemplate…</source>
        <translation>&amp;Exporter en .pdtemplate…</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="105"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="110"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="144"/>
        <source>Template Editor — %1</source>
        <translation>Éditeur de modèle — %1</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="152"/>
        <location filename="../../gui/template_editor/dialog.py" line="153"/>
        <location filename="../../gui/template_editor/dialog.py" line="158"/>
        <source>Rename template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="161"/>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="198"/>
        <source>%1 is hard to read on white (contrast below 4.5:1); choose a darker colour or one of the presets.</source>
        <translation>%1 est peu lisible sur blanc (contraste inférieur à 4,5:1) ; choisissez une couleur plus foncée ou un préréglage.</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="206"/>
        <source>organisation name</source>
        <translation>nom de l’organisation</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="207"/>
        <source>about us</source>
        <translation>« à propos »</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="208"/>
        <source>header text</source>
        <translation>texte d’en-tête</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="208"/>
        <source>footer text</source>
        <translation>texte de pied de page</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="215"/>
        <source>no press contact</source>
        <translation>aucun contact presse</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="218"/>
        <source>%1 is missing</source>
        <translation>%1 manque</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="219"/>
        <source>%1 is a placeholder</source>
        <translation>%1 est un texte provisoire</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="226"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="229"/>
        <source>Still to do in: %1</source>
        <translation>Reste à faire en : %1</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="237"/>
        <source>✓ Complete in every language it offers</source>
        <translation>✓ Complet dans toutes les langues proposées</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="249"/>
        <source>Not shown in the preview until fixed: %1</source>
        <translation>Non affiché dans l’aperçu tant que ce n’est pas corrigé : %1</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="270"/>
        <source>Choose Logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="271"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="282"/>
        <source>This logo cannot be used: %1</source>
        <translation>Ce logo ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="286"/>
        <source>The logo was large; it was scaled down to %1 × %2 px.</source>
        <translation>Le logo était grand ; il a été réduit à %1 × %2 px.</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="300"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="304"/>
        <source>Saved “%1” (version %2) in your library.</source>
        <translation>« %1 » (version %2) enregistré dans votre bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="317"/>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="319"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="324"/>
        <source>Export Template</source>
        <translation>Exporter le modèle</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="325"/>
        <source>PressDesk templates (*.pdtemplate)</source>
        <translation>Modèles PressDesk (*.pdtemplate)</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="331"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="332"/>
        <source>Save the changes to this template?</source>
        <translation>Enregistrer les modifications de ce modèle ?</translation>
    </message>
</context>
<context>
    <name>TemplateEditorLaunch</name>
    <message>
        <location filename="../../gui/template_editor/launch.py" line="29"/>
        <source>Template Editor</source>
        <translation>Éditeur de modèle</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/launch.py" line="30"/>
        <source>The template could not be opened:
{error}</source>
        <translation>Le modèle n’a pas pu être ouvert :
{error}</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/launch.py" line="34"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="144"/>
        <source>Template Library</source>
        <translation>Bibliothèque de modèles</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="146"/>
        <source>Templates give a release its look: logo, fonts, colours and standard texts. Your own templates take precedence over shared ones, which take precedence over the built-in ones with the same id.</source>
        <translation>Les modèles donnent son apparence au communiqué : logo, polices, couleurs et textes types. Vos modèles l’emportent sur les modèles partagés, qui l’emportent sur les modèles intégrés de même identifiant.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="149"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="149"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="149"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="150"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="150"/>
        <source>Origin</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="151"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="152"/>
        <source>Make a new template based on the selected one</source>
        <translation>Créer un modèle à partir du modèle sélectionné</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="153"/>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="154"/>
        <source>Change the selected template (your copy is saved in your library)</source>
        <translation>Modifier le modèle sélectionné (votre copie est enregistrée dans votre bibliothèque)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="156"/>
        <source>&amp;Import .pdtemplate…</source>
        <translation>&amp;Importer un .pdtemplate…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="157"/>
        <source>Add a template package someone sent you to your library</source>
        <translation>Ajouter à votre bibliothèque un modèle qu’on vous a envoyé</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="158"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="159"/>
        <source>Save the selected template as a .pdtemplate file to share</source>
        <translation>Enregistrer le modèle sélectionné dans un fichier .pdtemplate à partager</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="160"/>
        <location filename="../../gui/dialogs/template_manager.py" line="290"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="161"/>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="172"/>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="174"/>
        <source>Your library</source>
        <translation>Votre bibliothèque</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="176"/>
        <source>Shared: %1</source>
        <translation>Partagé : %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="241"/>
        <source>Only templates in your own library can be deleted</source>
        <translation>Seuls les modèles de votre bibliothèque peuvent être supprimés</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="249"/>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="252"/>
        <source>This template cannot be used: %1</source>
        <translation>Ce modèle est inutilisable : %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="255"/>
        <source>Not used: a template with the same id in a library that takes precedence hides it.</source>
        <translation>Inutilisé : un modèle de même identifiant, dans une bibliothèque prioritaire, le masque.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="270"/>
        <source>Drawing the first page…</source>
        <translation>Dessin de la première page…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="283"/>
        <source>Replace Template?</source>
        <translation>Remplacer le modèle ?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="283"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="287"/>
        <source>Delete the template “%1” from your library?

Releases that use it will fall back to another template. This cannot be undone.</source>
        <translation>Supprimer le modèle « %1 » de votre bibliothèque ?

Les communiqués qui l’utilisent passeront à un autre modèle. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="289"/>
        <source>Delete Template?</source>
        <translation>Supprimer le modèle ?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="302"/>
        <source>Your library already has a template with the same id as “%1”. Replace it?</source>
        <translation>Votre bibliothèque contient déjà un modèle de même identifiant que « %1 ». Le remplacer ?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="311"/>
        <source>Imported “%1” into your library.</source>
        <translation>« %1 » a été importé dans votre bibliothèque.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="329"/>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="343"/>
        <source>Deleted “%1”.</source>
        <translation>« %1 » supprimé.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="372"/>
        <source>Import Template</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="373"/>
        <location filename="../../gui/dialogs/template_manager.py" line="383"/>
        <source>PressDesk templates (*.pdtemplate)</source>
        <translation>Modèles PressDesk (*.pdtemplate)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="382"/>
        <source>Export Template</source>
        <translation>Exporter le modèle</translation>
    </message>
</context>
<context>
    <name>ZoomBar</name>
    <message>
        <location filename="../../gui/preview/zoom_bar.py" line="20"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <location filename="../../gui/preview/zoom_bar.py" line="21"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <location filename="../../gui/preview/zoom_bar.py" line="22"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location filename="../../gui/preview/zoom_bar.py" line="22"/>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location filename="../../gui/preview/zoom_bar.py" line="23"/>
        <source>Fit page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <location filename="../../gui/preview/zoom_bar.py" line="23"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../gui/preview/zoom_bar.py" line="62"/>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <location filename="../../gui/preview/zoom_bar.py" line="65"/>
        <source>Page {page} of {total}</source>
        <translation>Page {page} sur {total}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Cannot open the release</source>
        <translation type="vanished">Impossible d’ouvrir le communiqué</translation>
    </message>
    <message>
        <source>“{name}” could not be opened:

{problems}</source>
        <translation type="vanished">« {name} » n’a pas pu être ouvert :

{problems}</translation>
    </message>
</context>
</TS>
