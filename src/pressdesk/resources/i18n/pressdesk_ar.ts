<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>BoilerplateSection</name>
    <message>
        <location filename="../../gui/form/boilerplate_section.py" line="18"/>
        <source>About the organisation</source>
        <translation>نبذة عن المؤسسة</translation>
    </message>
    <message>
        <location filename="../../gui/form/boilerplate_section.py" line="21"/>
        <source>Use the template&apos;s text</source>
        <translation>استخدام نص القالب</translation>
    </message>
    <message>
        <location filename="../../gui/form/boilerplate_section.py" line="24"/>
        <source>A short paragraph about the organisation</source>
        <translation>فقرة قصيرة تعرّف بالمؤسسة</translation>
    </message>
    <message>
        <location filename="../../gui/form/boilerplate_section.py" line="48"/>
        <source>Use the template&apos;s boilerplate</source>
        <translation>استخدام النبذة التعريفية من القالب</translation>
    </message>
    <message>
        <location filename="../../gui/form/boilerplate_section.py" line="49"/>
        <source>Write own boilerplate</source>
        <translation>كتابة نبذة تعريفية خاصة</translation>
    </message>
    <message>
        <location filename="../../gui/form/boilerplate_section.py" line="53"/>
        <source>Edit boilerplate</source>
        <translation>تحرير النبذة التعريفية</translation>
    </message>
</context>
<context>
    <name>ColorField</name>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="48"/>
        <source>Presets…</source>
        <translation>ألوان جاهزة…</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="72"/>
        <source>Contrast on white %1:1 — readable</source>
        <translation>التباين على الأبيض %1:1 — مقروء</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="76"/>
        <source>⚠ Contrast on white %1:1 — too low for text (needs 4.5:1)</source>
        <translation>⚠ التباين على الأبيض %1:1 — منخفض جداً للنص (المطلوب 4.5:1)</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="81"/>
        <source>Choose a colour</source>
        <translation>اختر لوناً</translation>
    </message>
</context>
<context>
    <name>ContactsTable</name>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="144"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="144"/>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="144"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="145"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="149"/>
        <source>Add Contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="151"/>
        <source>Remove Contact</source>
        <translation>حذف جهة الاتصال</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../gui/crash.py" line="42"/>
        <source>Something went wrong inside PressDesk. The release you are working on is still open; please save it now.</source>
        <translation>حدث خطأ داخل PressDesk. البيان الذي تعمل عليه ما زال مفتوحًا؛ يُرجى حفظه الآن.</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="45"/>
        <source>A recovery copy was written to:
{path}</source>
        <translation>كُتبت نسخة استرداد في:
{path}</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="46"/>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="48"/>
        <source>Error: {error}</source>
        <translation>الخطأ: {error}</translation>
    </message>
</context>
<context>
    <name>DialogLaunch</name>
    <message>
        <location filename="../../gui/dialog_launch.py" line="22"/>
        <source>“{what}” is not available yet in this build.

({error})</source>
        <translation>«{what}» غير متاح بعد في هذه النسخة.

({error})</translation>
    </message>
    <message>
        <location filename="../../gui/dialog_launch.py" line="32"/>
        <source>Export to folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <location filename="../../gui/dialog_launch.py" line="50"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location filename="../../gui/dialog_launch.py" line="59"/>
        <source>Manage templates</source>
        <translation>إدارة القوالب</translation>
    </message>
    <message>
        <location filename="../../gui/dialog_launch.py" line="69"/>
        <source>Save as template</source>
        <translation>حفظ كقالب</translation>
    </message>
    <message>
        <location filename="../../gui/dialog_launch.py" line="79"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>EditorPages</name>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="35"/>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="38"/>
        <source>Template name:</source>
        <translation>اسم القالب:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="41"/>
        <source>Id:</source>
        <translation>المعرّف:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="47"/>
        <source>Logo:</source>
        <translation>الشعار:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="48"/>
        <source>Show in header:</source>
        <translation>يظهر في الترويسة:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="49"/>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="49"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="55"/>
        <source>Languages offered:</source>
        <translation>اللغات المتاحة:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="57"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="58"/>
        <source>Press contacts that every new release starts with.</source>
        <translation>جهات الاتصال الإعلامية التي يبدأ بها كل بيان جديد.</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="62"/>
        <source>Header and Footer</source>
        <translation>الترويسة والتذييل</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="65"/>
        <source>Header text:</source>
        <translation>نص الترويسة:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="68"/>
        <source>Footer text:</source>
        <translation>نص التذييل:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="69"/>
        <source>Page numbers</source>
        <translation>أرقام الصفحات</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="71"/>
        <source>Look</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="73"/>
        <source>Accent colour:</source>
        <translation>اللون المميّز:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="73"/>
        <source>Text colour:</source>
        <translation>لون النص:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="74"/>
        <source>Muted text:</source>
        <translation>النص الثانوي:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="74"/>
        <source>Rules:</source>
        <translation>الخطوط الفاصلة:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="75"/>
        <source>Quote background:</source>
        <translation>خلفية الاقتباس:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="81"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="81"/>
        <source>Headings</source>
        <translation>العناوين</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="84"/>
        <source>Arabic script:</source>
        <translation>الخط العربي:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="84"/>
        <source>Latin:</source>
        <translation>اللاتيني:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="85"/>
        <source>Hebrew:</source>
        <translation>العبري:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="91"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="92"/>
        <source>Paper size:</source>
        <translation>حجم الورق:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="93"/>
        <source>Top margin:</source>
        <translation>الهامش العلوي:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="93"/>
        <source>Bottom margin:</source>
        <translation>الهامش السفلي:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="94"/>
        <source>Start margin (right in Arabic):</source>
        <translation>هامش البداية (الأيمن في العربية):</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="95"/>
        <source>End margin:</source>
        <translation>هامش النهاية:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="100"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="101"/>
        <source>Quotes:</source>
        <translation>الاقتباسات:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="102"/>
        <source>Inline, in the text</source>
        <translation>ضمن النص</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="102"/>
        <source>Pull quote, set apart</source>
        <translation>اقتباس بارز منفصل</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="103"/>
        <source>Digits in the dateline:</source>
        <translation>الأرقام في سطر التاريخ:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="104"/>
        <source>Western 0123</source>
        <translation>غربية 0123</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="104"/>
        <source>Arabic-Indic ٠١٢٣</source>
        <translation>عربية هندية ٠١٢٣</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="105"/>
        <source>Persian ۰۱۲۳</source>
        <translation>فارسية ۰۱۲۳</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="110"/>
        <source>Leave empty for the usual mark of the language (“-انتهى-”, “###”, “- FIN -”).</source>
        <translation>اتركه فارغاً لاستخدام العلامة المعتادة في اللغة (”-انتهى-“، ”###“، ”- FIN -“).</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="130"/>
        <source>Organisation (%1):</source>
        <translation>المنظمة (%1):</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="131"/>
        <source>About us (%1):</source>
        <translation>من نحن (%1):</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/pages.py" line="132"/>
        <source>End mark (%1):</source>
        <translation>علامة النهاية (%1):</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../gui/dialogs/common.py" line="36"/>
        <source>PressDesk cannot write to “%1”: the folder is read-only or you do not have permission to write there. Choose another folder.</source>
        <translation>تعذّر على PressDesk الكتابة في «%1»: المجلد للقراءة فقط أو ليست لديك صلاحية الكتابة فيه. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="40"/>
        <source>The disk is full, so “%1” could not be written. Free some space or choose another folder.</source>
        <translation>القرص ممتلئ، لذا تعذّرت الكتابة في «%1». أفرغ بعض المساحة أو اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="44"/>
        <source>The file name is too long. Choose a shorter name.</source>
        <translation>اسم الملف طويل جدًا. اختر اسمًا أقصر.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="46"/>
        <source>The folder “%1” does not exist and could not be created.</source>
        <translation>المجلد «%1» غير موجود وتعذّر إنشاؤه.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="48"/>
        <source>“%1” could not be written: %2</source>
        <translation>تعذّرت الكتابة في «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="71"/>
        <source>There is a problem with the template “%1”:</source>
        <translation>توجد مشكلة في القالب «%1»:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="73"/>
        <source>There is a problem with the template:</source>
        <translation>توجد مشكلة في القالب:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="76"/>
        <source>This format cannot be exported on this computer: %1</source>
        <translation>لا يمكن التصدير بهذه الصيغة على هذا الحاسوب: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="78"/>
        <source>The release has problems: %1</source>
        <translation>في البيان مشكلات: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="80"/>
        <source>This feature is not available in this installation of PressDesk (%1).</source>
        <translation>هذه الميزة غير متاحة في نسخة PressDesk المثبّتة (%1).</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="83"/>
        <source>The export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/common.py" line="86"/>
        <source>Something went wrong: %1</source>
        <translation>حدث خطأ: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="165"/>
        <source>Export Release</source>
        <translation>تصدير البيان الصحفي</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="166"/>
        <source>Formats</source>
        <translation>الصيغ</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="168"/>
        <source>PDF — ready to print and send</source>
        <translation>PDF — جاهز للطباعة والإرسال</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="169"/>
        <source>Word document (DOCX) — for further editing</source>
        <translation>مستند Word بصيغة DOCX — لمزيد من التحرير</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="170"/>
        <source>Web page (HTML) — for the website and email</source>
        <translation>صفحة ويب بصيغة HTML — للموقع الإلكتروني والبريد</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="175"/>
        <source>Not available on this computer: %1</source>
        <translation>غير متاح على هذا الحاسوب: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="177"/>
        <source>Save to</source>
        <translation>مكان الحفظ</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="178"/>
        <source>&amp;Folder:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="180"/>
        <source>File &amp;name:</source>
        <translation>اس&amp;م الملف:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="182"/>
        <source>The name of the files, without the extension</source>
        <translation>اسم الملفات، دون الامتداد</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="183"/>
        <source>&amp;Choose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="184"/>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="208"/>
        <source>Choose at least one format.</source>
        <translation>اختر صيغة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="210"/>
        <source>Choose a folder to save the files in.</source>
        <translation>اختر مجلدًا لحفظ الملفات فيه.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="213"/>
        <source>Type a file name.</source>
        <translation>اكتب اسمًا للملف.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="216"/>
        <source>A file name cannot contain any of these characters: %1</source>
        <translation>لا يجوز أن يحتوي اسم الملف على أيٍّ من هذه المحارف: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="218"/>
        <source>This file name is reserved by the system; choose another one.</source>
        <translation>هذا الاسم محجوز للنظام؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="244"/>
        <source>These files already exist in “%1”:
%2

Replace them?</source>
        <translation>هذه الملفات موجودة من قبل في «%1»:
%2

هل تريد استبدالها؟</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="245"/>
        <source>Replace Files?</source>
        <translation>استبدال الملفات؟</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="247"/>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="261"/>
        <source>Nothing was exported.</source>
        <translation>لم يُصدَّر شيء.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="269"/>
        <source>Preparing the document…</source>
        <translation>جارٍ تجهيز المستند…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="315"/>
        <source>Created the %1 version.</source>
        <translation>أُنشئت نسخة %1.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="317"/>
        <source>Saved “%1”.</source>
        <translation>حُفظ «%1».</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="331"/>
        <source>Done. The files are in “%1”.</source>
        <translation>تمّ. الملفات في «%1».</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_dialog.py" line="360"/>
        <source>Choose a Folder</source>
        <translation>اختيار مجلد</translation>
    </message>
</context>
<context>
    <name>ExportResults</name>
    <message>
        <location filename="../../gui/dialogs/export_results.py" line="43"/>
        <source>Exported files</source>
        <translation>الملفات المصدَّرة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_results.py" line="44"/>
        <source>&amp;Open File</source>
        <translation>&amp;فتح الملف</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/export_results.py" line="45"/>
        <source>Show in &amp;Folder</source>
        <translation>إظهار في المجل&amp;د</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../gui/form/fields.py" line="102"/>
        <source>This text holds invisible direction controls or control characters; they are removed when the release is exported.</source>
        <translation>يحتوي هذا النص على علامات اتجاه غير مرئية أو محارف تحكم؛ وستُزال عند تصدير البيان.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../gui/files.py" line="47"/>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="67"/>
        <source>New release</source>
        <translation>بيان جديد</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="68"/>
        <source>The template could not be used:
{error}</source>
        <translation>تعذّر استخدام القالب:
{error}</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="77"/>
        <source>Open release</source>
        <translation>فتح بيان</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="78"/>
        <source>Press releases (*{ext});;All files (*)</source>
        <translation>البيانات الصحفية (*{ext});;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="101"/>
        <location filename="../../gui/files.py" line="88"/>
        <source>Cannot open the release</source>
        <translation>تعذّر فتح البيان</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="102"/>
        <location filename="../../gui/files.py" line="89"/>
        <source>“{name}” could not be opened:

{problems}</source>
        <translation>تعذّر فتح «{name}»:

{problems}</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="94"/>
        <source>Opened {name}</source>
        <translation>فُتح {name}</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="112"/>
        <source>Save release as</source>
        <translation>حفظ البيان باسم</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="113"/>
        <source>Press releases (*{ext})</source>
        <translation>البيانات الصحفية (*{ext})</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="126"/>
        <source>Cannot save the release</source>
        <translation>تعذّر حفظ البيان</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="127"/>
        <source>“{name}” could not be saved: {reason}.

Your text is still here; try Save As to put it somewhere else.</source>
        <translation>تعذّر حفظ «{name}»: {reason}.

نصّك ما زال هنا؛ جرّب «حفظ باسم» لحفظه في مكان آخر.</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="132"/>
        <source>Saved {name}</source>
        <translation>حُفظ {name}</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="160"/>
        <source>No recent files</source>
        <translation>لا توجد ملفات حديثة</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="163"/>
        <source>Clear list</source>
        <translation>مسح القائمة</translation>
    </message>
</context>
<context>
    <name>HeadlineSection</name>
    <message>
        <location filename="../../gui/form/headline_section.py" line="28"/>
        <source>Headline and dateline</source>
        <translation>العنوان وسطر المكان والتاريخ</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="33"/>
        <location filename="../../gui/form/headline_section.py" line="45"/>
        <source>Headline</source>
        <translation>العنوان الرئيسي</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="41"/>
        <source>Subheadline (optional)</source>
        <translation>العنوان الفرعي (اختياري)</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="56"/>
        <source>City, e.g. القاهرة</source>
        <translation>المدينة، مثل: القاهرة</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="63"/>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="65"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="65"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="75"/>
        <source>Dateline as printed:</source>
        <translation>سطر المكان والتاريخ كما يُطبع:</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="80"/>
        <source>The dateline as it opens the first paragraph</source>
        <translation>سطر المكان والتاريخ كما يظهر في مطلع الفقرة الأولى</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="86"/>
        <source>Edit headline</source>
        <translation>تحرير العنوان الرئيسي</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="87"/>
        <source>Edit subheadline</source>
        <translation>تحرير العنوان الفرعي</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="88"/>
        <source>Edit city</source>
        <translation>تحرير المدينة</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="97"/>
        <source>{chars} characters · {words} words</source>
        <translation>عدد الأحرف: {chars} · عدد الكلمات: {words}</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="100"/>
        <source>Headlines over {n} characters are often cut by news sites</source>
        <translation>كثيرًا ما تقتطع المواقع الإخبارية العناوين التي تتجاوز {n} حرفًا</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="120"/>
        <source>Change date</source>
        <translation>تغيير التاريخ</translation>
    </message>
    <message>
        <location filename="../../gui/form/headline_section.py" line="130"/>
        <source>(add a city and a date)</source>
        <translation>(أضف مدينة وتاريخًا)</translation>
    </message>
</context>
<context>
    <name>HtmlPreview</name>
    <message>
        <location filename="../../gui/preview/html_preview.py" line="142"/>
        <source>The preview could not be built: {error}</source>
        <translation>تعذّر إنشاء المعاينة: {error}</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <location filename="../../gui/form/cards.py" line="44"/>
        <source>Drag to move; or Alt+Up / Alt+Down</source>
        <translation>اسحب للنقل، أو استخدم Alt+Up / Alt+Down</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="87"/>
        <source>Move up (Alt+Up)</source>
        <translation>نقل إلى الأعلى (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="88"/>
        <source>Move down (Alt+Down)</source>
        <translation>نقل إلى الأسفل (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="89"/>
        <source>Duplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="90"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="157"/>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="158"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="159"/>
        <source>Block type</source>
        <translation>نوع المقطع</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="174"/>
        <source>Speaker, e.g. د. كريم النوري</source>
        <translation>المتحدث، مثل: د. كريم النوري</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="175"/>
        <source>Role or title</source>
        <translation>المنصب أو الصفة</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="176"/>
        <source>Lead-in, e.g. وقال / Added (optional)</source>
        <translation>عبارة التمهيد، مثل: وقال / وأضافت (اختياري)</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="178"/>
        <source>Lead-in</source>
        <translation>عبارة التمهيد</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="178"/>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="178"/>
        <location filename="../../gui/form/cards.py" line="235"/>
        <source>Role</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="164"/>
        <location filename="../../gui/form/cards.py" line="205"/>
        <source>Paragraph text</source>
        <translation>نص الفقرة</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="189"/>
        <source>Edit speaker</source>
        <translation>تحرير المتحدث</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="190"/>
        <source>Edit role</source>
        <translation>تحرير المنصب</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="191"/>
        <source>Edit lead-in</source>
        <translation>تحرير عبارة التمهيد</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="166"/>
        <location filename="../../gui/form/cards.py" line="219"/>
        <source>Edit text</source>
        <translation>تحرير النص</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="196"/>
        <source>Change block type</source>
        <translation>تغيير نوع المقطع</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="205"/>
        <source>What the speaker said</source>
        <translation>ما قاله المتحدث</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="229"/>
        <location filename="../../gui/form/cards.py" line="235"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="230"/>
        <source>Role, e.g. Communications Officer</source>
        <translation>المنصب، مثل: مسؤولة الاتصال</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="236"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="236"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="246"/>
        <source>Edit contact</source>
        <translation>تحرير جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="247"/>
        <source>An e-mail address such as name@example.org</source>
        <translation>عنوان بريد إلكتروني مثل name@example.org</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="248"/>
        <source>A phone number with its country code, such as +20 2 1234 5678</source>
        <translation>رقم هاتف مع رمز البلد، مثل ‎+20 2 1234 5678</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="254"/>
        <source>This does not look like an e-mail address (expected name@example.org).</source>
        <translation>لا يبدو هذا عنوان بريد إلكتروني (المتوقع مثل name@example.org).</translation>
    </message>
    <message>
        <location filename="../../gui/form/cards.py" line="256"/>
        <source>A phone number has digits, spaces, +, ( ) and - only (e.g. +20 2 1234 5678).</source>
        <translation>يتكوّن رقم الهاتف من الأرقام والمسافات و+ و( ) و- فقط (مثل ‎+20 2 1234 5678).</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../gui/form/item_list.py" line="134"/>
        <source>Add quote</source>
        <translation>إضافة اقتباس</translation>
    </message>
    <message>
        <location filename="../../gui/form/item_list.py" line="135"/>
        <source>Add paragraph</source>
        <translation>إضافة فقرة</translation>
    </message>
    <message>
        <location filename="../../gui/form/item_list.py" line="136"/>
        <source>Add item</source>
        <translation>إضافة عنصر</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="105"/>
        <source>Choose Logo…</source>
        <translation>اختيار شعار…</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="108"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="125"/>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="126"/>
        <source>PNG, JPEG or SVG. Large images are scaled down.</source>
        <translation>PNG أو JPEG أو SVG. تُصغَّر الصور الكبيرة.</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/widgets.py" line="131"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 بكسل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="80"/>
        <source>Live preview</source>
        <translation>المعاينة الحيّة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="81"/>
        <source>Page preview</source>
        <translation>معاينة الصفحات</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="140"/>
        <source>{name}[*] — PressDesk</source>
        <translation>{name}[*] — PressDesk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="146"/>
        <source>{n} words</source>
        <translation>عدد الكلمات: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="147"/>
        <source>Headline: {n} characters</source>
        <translation>أحرف العنوان: {n}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="151"/>
        <source>Autosave failed: {error}</source>
        <translation>فشل الحفظ التلقائي: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="159"/>
        <source>Headline</source>
        <translation>العنوان الرئيسي</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="159"/>
        <source>Subheadline</source>
        <translation>العنوان الفرعي</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160"/>
        <source>Boilerplate</source>
        <translation>النبذة التعريفية</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="162"/>
        <source>Block {n}</source>
        <translation>المقطع {n}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="164"/>
        <source>Background {n}</source>
        <translation>الخلفية {n}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="166"/>
        <source>Note {n}</source>
        <translation>الملاحظة {n}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="168"/>
        <source>Contact {n}</source>
        <translation>جهة الاتصال {n}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="172"/>
        <source>Invisible direction controls in: {fields}</source>
        <translation>علامات اتجاه غير مرئية في: {fields}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="182"/>
        <source>Click in a block first.</source>
        <translation>انقر داخل مقطع أولًا.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="208"/>
        <source>Exported {n} files to {folder}</source>
        <translation>عدد الملفات المصدَّرة: {n}، في {folder}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="259"/>
        <source>About PressDesk</source>
        <translation>حول PressDesk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="260"/>
        <source>&lt;h3&gt;PressDesk {version}&lt;/h3&gt;&lt;p&gt;Write press releases in Arabic, English, French, Persian and Hebrew, and export them to PDF, Word and HTML.&lt;/p&gt;&lt;p&gt;Fonts (SIL Open Font License 1.1): {fonts}.&lt;/p&gt;&lt;p&gt;Built with Qt {qt} (LGPL).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PressDesk {version}&lt;/h3&gt;&lt;p&gt;اكتب البيانات الصحفية بالعربية والإنجليزية والفرنسية والفارسية والعبرية، وصدّرها بصيغ PDF وWord وHTML.&lt;/p&gt;&lt;p&gt;الخطوط (رخصة SIL Open Font License 1.1): {fonts}.&lt;/p&gt;&lt;p&gt;مبني بإطار Qt {qt} (رخصة LGPL).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="278"/>
        <source>Cannot restore</source>
        <translation>تعذّر الاسترداد</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="73"/>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="73"/>
        <source>Start a release from a template</source>
        <translation>بدء بيان جديد من قالب</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="74"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="74"/>
        <source>Open a release file</source>
        <translation>فتح ملف بيان</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="75"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="75"/>
        <source>Save the release</source>
        <translation>حفظ البيان</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="76"/>
        <source>Save &amp;As…</source>
        <translation>حفظ با&amp;سم…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="77"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="78"/>
        <source>Export to PDF, Word (DOCX) and HTML</source>
        <translation>التصدير بصيغ PDF وWord ‏(DOCX) وHTML</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="79"/>
        <source>Save as &amp;Template…</source>
        <translation>حفظ ك&amp;قالب…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="80"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="81"/>
        <source>Add &amp;Paragraph</source>
        <translation>إضافة &amp;فقرة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="82"/>
        <source>Add a paragraph after the current block</source>
        <translation>إضافة فقرة بعد المقطع الحالي</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="83"/>
        <source>Add &amp;Quote</source>
        <translation>إضافة ا&amp;قتباس</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="84"/>
        <source>Add a quote after the current block</source>
        <translation>إضافة اقتباس بعد المقطع الحالي</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="85"/>
        <source>&amp;Duplicate Block</source>
        <translation>&amp;تكرار المقطع</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="86"/>
        <source>&amp;Remove Block</source>
        <translation>إ&amp;زالة المقطع</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="87"/>
        <source>Move Block &amp;Up</source>
        <translation>نقل المقطع إلى الأ&amp;على</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="89"/>
        <source>Move Block Do&amp;wn</source>
        <translation>نقل المقطع إلى الأ&amp;سفل</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="91"/>
        <source>&amp;Manage Templates…</source>
        <translation>إ&amp;دارة القوالب…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="92"/>
        <source>&amp;New Template…</source>
        <translation>قالب &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="93"/>
        <source>Make a template: organisation, logo, texts, look</source>
        <translation>أنشئ قالباً: المنظمة والشعار والنصوص والمظهر</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="94"/>
        <source>&amp;Edit Template…</source>
        <translation>&amp;تحرير القالب…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="95"/>
        <source>Edit the template of this release</source>
        <translation>حرّر قالب هذا البيان</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="96"/>
        <source>&amp;Live Preview</source>
        <translation>المعاينة ال&amp;حيّة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="97"/>
        <source>&amp;Page Preview</source>
        <translation>معاينة ال&amp;صفحات</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="98"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="99"/>
        <source>&amp;About PressDesk</source>
        <translation>&amp;حول PressDesk</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="101"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="104"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="116"/>
        <source>Open &amp;Recent</source>
        <translation>فتح ال&amp;حديثة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="125"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="132"/>
        <source>&amp;Templates</source>
        <translation>ال&amp;قوالب</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="136"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="138"/>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="140"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="143"/>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../gui/messages.py" line="19"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="20"/>
        <source>“{name}” has changes that are not saved.

Save them before closing?</source>
        <translation>في «{name}» تغييرات غير محفوظة.

هل تريد حفظها قبل الإغلاق؟</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="37"/>
        <source>a new, never saved release</source>
        <translation>بيان جديد لم يُحفظ قط</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="40"/>
        <source>Restore unsaved work?</source>
        <translation>استرداد العمل غير المحفوظ؟</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="41"/>
        <source>PressDesk was closed before your changes to {what} were saved. A recovery copy from {when} was found.

Restore it?</source>
        <translation>أُغلق PressDesk قبل حفظ تغييراتك على {what}. عُثر على نسخة استرداد من {when}.

هل تريد استردادها؟</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="58"/>
        <source>… and {n} more</source>
        <translation>… و{n} غيرها</translation>
    </message>
</context>
<context>
    <name>NewReleaseDialog</name>
    <message>
        <location filename="../../gui/new_release_dialog.py" line="29"/>
        <source>built-in</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <location filename="../../gui/new_release_dialog.py" line="31"/>
        <source>mine</source>
        <translation>قوالبي</translation>
    </message>
    <message>
        <location filename="../../gui/new_release_dialog.py" line="32"/>
        <source>shared</source>
        <translation>مشترك</translation>
    </message>
    <message>
        <location filename="../../gui/new_release_dialog.py" line="39"/>
        <source>New release</source>
        <translation>بيان جديد</translation>
    </message>
    <message>
        <location filename="../../gui/new_release_dialog.py" line="42"/>
        <source>The template sets the look, the organisation&apos;s details and the skeleton of the text.</source>
        <translation>يحدّد القالب المظهر وبيانات المؤسسة وهيكل النص.</translation>
    </message>
    <message>
        <location filename="../../gui/new_release_dialog.py" line="69"/>
        <source>Template:</source>
        <translation>القالب:</translation>
    </message>
    <message>
        <location filename="../../gui/new_release_dialog.py" line="70"/>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <location filename="../../gui/preview/page_preview.py" line="37"/>
        <source>The pages appear here when the release has been composed.</source>
        <translation>تظهر الصفحات هنا بعد تنضيد البيان.</translation>
    </message>
    <message>
        <location filename="../../gui/preview/page_preview.py" line="118"/>
        <source>The PDF could not be displayed.</source>
        <translation>تعذّر عرض ملف PDF.</translation>
    </message>
    <message>
        <location filename="../../gui/preview/page_preview.py" line="153"/>
        <source>The page preview needs the PDF export, which is not available in this installation:
{error}</source>
        <translation>تحتاج معاينة الصفحات إلى التصدير بصيغة PDF، وهو غير متاح في هذه النسخة المثبّتة:
{error}</translation>
    </message>
    <message>
        <location filename="../../gui/preview/page_preview.py" line="156"/>
        <source>The PDF could not be made: {error}</source>
        <translation>تعذّر إنشاء ملف PDF: {error}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../gui/i18n.py" line="36"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="37"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="38"/>
        <source>Save All</source>
        <translation>حفظ الكل</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="39"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="40"/>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="41"/>
        <source>Yes to &amp;All</source>
        <translation>نعم لل&amp;كل</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="42"/>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="43"/>
        <source>N&amp;o to All</source>
        <translation>لا لل&amp;كل</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="44"/>
        <source>Abort</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="45"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="46"/>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="47"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="48"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="49"/>
        <source>Discard</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="50"/>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="51"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="52"/>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="53"/>
        <source>Restore Defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="54"/>
        <source>Don&apos;t Save</source>
        <translation>عدم الحفظ</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="55"/>
        <source>Close without Saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
</context>
<context>
    <name>ReleaseEditor</name>
    <message>
        <location filename="../../gui/editor/state.py" line="60"/>
        <source>Typing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <location filename="../../gui/editor/state.py" line="60"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../gui/editor/state.py" line="82"/>
        <source>Add quote</source>
        <translation>إضافة اقتباس</translation>
    </message>
    <message>
        <location filename="../../gui/editor/state.py" line="82"/>
        <source>Add item</source>
        <translation>إضافة عنصر</translation>
    </message>
    <message>
        <location filename="../../gui/editor/state.py" line="88"/>
        <source>Duplicate item</source>
        <translation>تكرار العنصر</translation>
    </message>
    <message>
        <location filename="../../gui/editor/state.py" line="92"/>
        <source>Remove item</source>
        <translation>إزالة العنصر</translation>
    </message>
    <message>
        <location filename="../../gui/editor/state.py" line="98"/>
        <source>Move item</source>
        <translation>نقل العنصر</translation>
    </message>
</context>
<context>
    <name>ReleaseForm</name>
    <message>
        <location filename="../../gui/form/form.py" line="43"/>
        <source>Body</source>
        <translation>المتن</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="44"/>
        <source>Paragraphs and quotes in reading order; the first paragraph opens with the dateline. Drag a block by its grip, or move it with Alt+Up and Alt+Down.</source>
        <translation>الفقرات والاقتباسات بترتيب القراءة؛ وتبدأ الفقرة الأولى بسطر المكان والتاريخ. اسحب المقطع من مقبضه، أو انقله باستخدام Alt+Up وAlt+Down.</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="47"/>
        <source>Add paragraph</source>
        <translation>إضافة فقرة</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="47"/>
        <source>Add quote</source>
        <translation>إضافة اقتباس</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="48"/>
        <source>No paragraphs yet.</source>
        <translation>لا توجد فقرات بعد.</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="48"/>
        <source>Paragraph text</source>
        <translation>نص الفقرة</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="52"/>
        <source>Background</source>
        <translation>خلفية</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="54"/>
        <source>Add background paragraph</source>
        <translation>إضافة فقرة خلفية</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="55"/>
        <source>Optional: facts and history under a “Background” heading.</source>
        <translation>اختياري: حقائق ومعلومات سابقة تحت عنوان «خلفية».</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="56"/>
        <source>Background paragraph</source>
        <translation>فقرة خلفية</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="60"/>
        <source>Press contacts</source>
        <translation>جهات الاتصال الإعلامي</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="62"/>
        <source>Add contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="63"/>
        <source>No contacts: the template&apos;s contacts are used.</source>
        <translation>لا توجد جهات اتصال: ستُستخدم جهات الاتصال المحددة في القالب.</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="70"/>
        <source>Notes to editors</source>
        <translation>ملاحظات للمحررين</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="72"/>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="73"/>
        <source>Optional: notes for journalists, not for publication.</source>
        <translation>اختياري: ملاحظات للصحفيين، ليست للنشر.</translation>
    </message>
    <message>
        <location filename="../../gui/form/form.py" line="74"/>
        <source>Note to editors</source>
        <translation>ملاحظة للمحررين</translation>
    </message>
</context>
<context>
    <name>ReleaseSection</name>
    <message>
        <location filename="../../gui/form/release_section.py" line="50"/>
        <source>Release</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="66"/>
        <source>Template&apos;s choice</source>
        <translation>حسب القالب</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="66"/>
        <source>Western (0123)</source>
        <translation>غربية (0123)</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="67"/>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>هندية عربية (٠١٢٣)</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="67"/>
        <source>Persian (۰۱۲۳)</source>
        <translation>فارسية (۰۱۲۳)</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="69"/>
        <source>Digits used in the dateline and page numbers</source>
        <translation>الأرقام المستخدمة في سطر المكان والتاريخ وأرقام الصفحات</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="72"/>
        <source>Change digits</source>
        <translation>تغيير الأرقام</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="73"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="74"/>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="75"/>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="87"/>
        <source>For immediate release</source>
        <translation>للنشر الفوري</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="88"/>
        <source>Embargoed until</source>
        <translation>يُحظر النشر حتى</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="101"/>
        <source>Time zone of the embargo</source>
        <translation>المنطقة الزمنية لحظر النشر</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="108"/>
        <source>Keywords, separated by commas</source>
        <translation>الكلمات المفتاحية، مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="109"/>
        <source>Keywords for the exported files&apos; metadata</source>
        <translation>الكلمات المفتاحية لبيانات الملفات المصدَّرة الوصفية</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="111"/>
        <source>Edit keywords</source>
        <translation>تحرير الكلمات المفتاحية</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="126"/>
        <source>Change language</source>
        <translation>تغيير اللغة</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="146"/>
        <source>Change template</source>
        <translation>تغيير القالب</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="151"/>
        <source>{name} (missing)</source>
        <translation>{name} (غير موجود)</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="170"/>
        <source>Change release line</source>
        <translation>تغيير سطر النشر</translation>
    </message>
    <message>
        <location filename="../../gui/form/release_section.py" line="203"/>
        <source>Change embargo time</source>
        <translation>تغيير موعد حظر النشر</translation>
    </message>
</context>
<context>
    <name>SaveAsTemplateDialog</name>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="100"/>
        <source>Save as Template</source>
        <translation>حفظ كقالب</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="102"/>
        <source>Save this release&apos;s template, with its contacts and standard texts, as a new template in your library, ready for the next release.</source>
        <translation>احفظ قالب هذا البيان، مع جهات الاتصال والنصوص الثابتة، قالبًا جديدًا في مكتبتك، جاهزًا للبيان القادم.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="104"/>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="105"/>
        <source>For example: Regional Office — Arabic</source>
        <translation>مثال: المكتب الإقليمي — عربي</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="106"/>
        <source>&amp;Id:</source>
        <translation>المع&amp;رّف:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="107"/>
        <source>for example: regional-office-ar</source>
        <translation>مثال: regional-office-ar</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="108"/>
        <source>Include the body&apos;s structure (skeleton): its paragraphs and quotes, for the next release to fill in</source>
        <translation>تضمين بنية المتن (الهيكل): فقراته واقتباساته، ليملأها البيان القادم</translation>
    </message>
    <message>
        <source>Type an id: it names the template&apos;s folder and is stored in releases.</source>
        <translation type="vanished">اكتب معرّفًا: به يُسمّى مجلد القالب، ويُحفظ في البيانات التي تستخدمه.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="129"/>
        <source>Type a name (in any language) or an id: the id names the template&apos;s folder and is stored in releases.</source>
        <translation>اكتب اسماً (بأي لغة) أو معرّفاً: المعرّف هو اسم مجلد القالب ويُحفظ في البيانات.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="134"/>
        <source>Use lowercase letters only.</source>
        <translation>استخدم الأحرف اللاتينية الصغيرة فقط.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="136"/>
        <source>The id must start with a letter or a digit.</source>
        <translation>يجب أن يبدأ المعرّف بحرف أو رقم.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="137"/>
        <source>Use only lowercase Latin letters (a–z), digits, “-” and “_”, without spaces.</source>
        <translation>استخدم الأحرف اللاتينية الصغيرة (a–z) والأرقام و«-» و«_» فقط، دون مسافات.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="162"/>
        <source>Your library already has a template with this id; saving replaces it.</source>
        <translation>في مكتبتك قالب بهذا المعرّف؛ سيحلّ القالب الجديد محلّه عند الحفظ.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="164"/>
        <source>A built-in or shared template has this id; yours will be used instead.</source>
        <translation>يحمل هذا المعرّفَ قالبٌ مضمَّن أو مشترك؛ وسيُستخدم قالبك بدلًا منه.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="166"/>
        <source>Lowercase letters, digits, “-” and “_”.</source>
        <translation>أحرف لاتينية صغيرة وأرقام و«-» و«_».</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="174"/>
        <source>Your library already has a template “%1”. Replace it?</source>
        <translation>في مكتبتك قالب باسم «%1». هل تريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="175"/>
        <source>Replace Template?</source>
        <translation>استبدال القالب؟</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/save_template.py" line="176"/>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="167"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="168"/>
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="169"/>
        <source>&amp;Language of menus and dialogs:</source>
        <translation>&amp;لغة القوائم ومربعات الحوار:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="171"/>
        <source>System default (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="172"/>
        <source>New releases</source>
        <translation>البيانات الجديدة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="173"/>
        <source>Default &amp;release language:</source>
        <translation>لغة ال&amp;بيان الافتراضية:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="175"/>
        <source>The language a new release is written in. It decides the document&apos;s direction and its standard labels, whatever the language of the menus.</source>
        <translation>اللغة التي يُكتب بها البيان الجديد. وهي التي تحدّد اتجاه المستند وعباراته الثابتة، أيًّا كانت لغة القوائم.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="177"/>
        <source>Default &amp;template:</source>
        <translation>ال&amp;قالب الافتراضي:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="178"/>
        <source>Shared template folders</source>
        <translation>مجلدات القوالب المشتركة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="180"/>
        <source>Folders, for example on a network drive, where your office keeps the templates everyone uses.</source>
        <translation>مجلدات، على محرك أقراص شبكي مثلًا، يحفظ فيها مكتبك القوالب التي يستخدمها الجميع.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="182"/>
        <source>&amp;Add Folder…</source>
        <translation>إ&amp;ضافة مجلد…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="183"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="199"/>
        <source>The menus and dialogs switch to the new language when you press OK; a few open windows may update only after PressDesk restarts.</source>
        <translation>تتحوّل القوائم ومربعات الحوار إلى اللغة الجديدة عند الضغط على «موافق»؛ وقد لا تتحدّث بعض النوافذ المفتوحة إلا بعد إعادة تشغيل PressDesk.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="201"/>
        <source>Each release keeps its own language for the document, whatever the language of the menus.</source>
        <translation>يحتفظ كل بيان بلغة مستنده الخاصة، أيًّا كانت لغة القوائم.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="211"/>
        <source>This folder cannot be found right now.</source>
        <translation>تعذّر العثور على هذا المجلد حاليًا.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/settings_dialog.py" line="238"/>
        <source>Choose a Shared Template Folder</source>
        <translation>اختيار مجلد قوالب مشترك</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="71"/>
        <source>Texts and preview in:</source>
        <translation>النصوص والمعاينة باللغة:</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="91"/>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="94"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="103"/>
        <source>&amp;Export .pdtemplate…</source>
        <translation>&amp;تصدير ‎.pdtemplate…</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="105"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="110"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="144"/>
        <source>Template Editor — %1</source>
        <translation>محرر القوالب — %1</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="152"/>
        <location filename="../../gui/template_editor/dialog.py" line="153"/>
        <location filename="../../gui/template_editor/dialog.py" line="158"/>
        <source>Rename template</source>
        <translation>إعادة تسمية القالب</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="161"/>
        <source>Change %1</source>
        <translation>تغيير %1</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="198"/>
        <source>%1 is hard to read on white (contrast below 4.5:1); choose a darker colour or one of the presets.</source>
        <translation>يصعب قراءة %1 على الأبيض (التباين أقل من 4.5:1)؛ اختر لوناً أغمق أو أحد الألوان الجاهزة.</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="206"/>
        <source>organisation name</source>
        <translation>اسم المنظمة</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="207"/>
        <source>about us</source>
        <translation>نبذة «من نحن»</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="208"/>
        <source>header text</source>
        <translation>نص الترويسة</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="208"/>
        <source>footer text</source>
        <translation>نص التذييل</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="215"/>
        <source>no press contact</source>
        <translation>لا توجد جهة اتصال إعلامية</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="218"/>
        <source>%1 is missing</source>
        <translation>%1 غير موجود</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="219"/>
        <source>%1 is a placeholder</source>
        <translation>%1 نص مؤقت</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="226"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="229"/>
        <source>Still to do in: %1</source>
        <translation>ما زال ناقصاً في: %1</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="237"/>
        <source>✓ Complete in every language it offers</source>
        <translation>✓ مكتمل في كل اللغات المتاحة</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="249"/>
        <source>Not shown in the preview until fixed: %1</source>
        <translation>لا يظهر في المعاينة حتى يُصحَّح: %1</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="270"/>
        <source>Choose Logo</source>
        <translation>اختيار شعار</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="271"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>صور (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="282"/>
        <source>This logo cannot be used: %1</source>
        <translation>لا يمكن استخدام هذا الشعار: %1</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="286"/>
        <source>The logo was large; it was scaled down to %1 × %2 px.</source>
        <translation>كان الشعار كبيراً فصُغِّر إلى %1 × %2 بكسل.</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="300"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="304"/>
        <source>Saved “%1” (version %2) in your library.</source>
        <translation>حُفظ ”%1“ (الإصدار %2) في مكتبتك.</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="317"/>
        <source>Not exported: %1</source>
        <translation>لم يُصدَّر: %1</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="319"/>
        <source>Exported to %1.</source>
        <translation>صُدِّر إلى %1.</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="324"/>
        <source>Export Template</source>
        <translation>تصدير القالب</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="325"/>
        <source>PressDesk templates (*.pdtemplate)</source>
        <translation>قوالب PressDesk ‏(*.pdtemplate)</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="331"/>
        <source>Unsaved Changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/dialog.py" line="332"/>
        <source>Save the changes to this template?</source>
        <translation>هل تريد حفظ التغييرات على هذا القالب؟</translation>
    </message>
</context>
<context>
    <name>TemplateEditorLaunch</name>
    <message>
        <location filename="../../gui/template_editor/launch.py" line="29"/>
        <source>Template Editor</source>
        <translation>محرر القوالب</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/launch.py" line="30"/>
        <source>The template could not be opened:
{error}</source>
        <translation>تعذّر فتح القالب:
{error}</translation>
    </message>
    <message>
        <location filename="../../gui/template_editor/launch.py" line="34"/>
        <source>New template</source>
        <translation>قالب جديد</translation>
    </message>
</context>
<context>
    <name>TemplateManagerDialog</name>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="143"/>
        <source>Template Library</source>
        <translation>مكتبة القوالب</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="145"/>
        <source>Templates give a release its look: logo, fonts, colours and standard texts. Your own templates take precedence over shared ones, which take precedence over the built-in ones with the same id.</source>
        <translation>تمنح القوالبُ البيانَ مظهره: الشعار والخطوط والألوان والنصوص الثابتة. وتتقدّم قوالبك على القوالب المشتركة، وتتقدّم المشتركة على المضمَّنة التي تحمل المعرّف نفسه.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="148"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="148"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="148"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="149"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="149"/>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="150"/>
        <source>&amp;New…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="151"/>
        <source>Make a new template based on the selected one</source>
        <translation>أنشئ قالباً جديداً مبنياً على القالب المحدد</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="152"/>
        <source>E&amp;dit…</source>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="153"/>
        <source>Change the selected template (your copy is saved in your library)</source>
        <translation>عدّل القالب المحدد (تُحفظ نسختك في مكتبتك)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="155"/>
        <source>&amp;Import .pdtemplate…</source>
        <translation>اس&amp;تيراد قالب…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="156"/>
        <source>Add a template package someone sent you to your library</source>
        <translation>أضف إلى مكتبتك حزمة قالب (ملف ‎.pdtemplate) أرسلها إليك أحد الزملاء</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="157"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="158"/>
        <source>Save the selected template as a .pdtemplate file to share</source>
        <translation>احفظ القالب المحدَّد ملفًا بصيغة ‎.pdtemplate لمشاركته</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="159"/>
        <location filename="../../gui/dialogs/template_manager.py" line="288"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="160"/>
        <source>Open &amp;Folder</source>
        <translation>فتح المجل&amp;د</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="171"/>
        <source>Built-in</source>
        <translation>مضمَّن</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="173"/>
        <source>Your library</source>
        <translation>مكتبتك</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="175"/>
        <source>Shared: %1</source>
        <translation>مشترك: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="240"/>
        <source>Only templates in your own library can be deleted</source>
        <translation>لا يمكن حذف إلا القوالب الموجودة في مكتبتك</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="247"/>
        <source>Folder: %1</source>
        <translation>المجلد: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="250"/>
        <source>This template cannot be used: %1</source>
        <translation>لا يمكن استخدام هذا القالب: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="253"/>
        <source>Not used: a template with the same id in a library that takes precedence hides it.</source>
        <translation>غير مستخدَم: يحجبه قالب بالمعرّف نفسه في مكتبة ذات أولوية أعلى.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="268"/>
        <source>Drawing the first page…</source>
        <translation>جارٍ رسم الصفحة الأولى…</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="281"/>
        <source>Replace Template?</source>
        <translation>استبدال القالب؟</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="281"/>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="285"/>
        <source>Delete the template “%1” from your library?

Releases that use it will fall back to another template. This cannot be undone.</source>
        <translation>هل تريد حذف القالب «%1» من مكتبتك؟

ستنتقل البيانات التي تستخدمه إلى قالب آخر. لا يمكن التراجع عن هذا الإجراء.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="287"/>
        <source>Delete Template?</source>
        <translation>حذف القالب؟</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="300"/>
        <source>Your library already has a template with the same id as “%1”. Replace it?</source>
        <translation>في مكتبتك قالب بمعرّف القالب «%1» نفسه. هل تريد استبداله؟</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="309"/>
        <source>Imported “%1” into your library.</source>
        <translation>استُورد «%1» إلى مكتبتك.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="327"/>
        <source>Saved “%1”.</source>
        <translation>حُفظ «%1».</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="341"/>
        <source>Deleted “%1”.</source>
        <translation>حُذف «%1».</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="370"/>
        <source>Import Template</source>
        <translation>استيراد قالب</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="371"/>
        <location filename="../../gui/dialogs/template_manager.py" line="381"/>
        <source>PressDesk templates (*.pdtemplate)</source>
        <translation>قوالب PressDesk ‏(*.pdtemplate)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/template_manager.py" line="380"/>
        <source>Export Template</source>
        <translation>تصدير القالب</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Cannot open the release</source>
        <translation type="vanished">تعذّر فتح البيان</translation>
    </message>
    <message>
        <source>“{name}” could not be opened:

{problems}</source>
        <translation type="vanished">تعذّر فتح «{name}»:

{problems}</translation>
    </message>
</context>
</TS>
