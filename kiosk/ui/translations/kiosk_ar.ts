<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA" sourcelanguage="en_GB">
<context>
    <name>AnnulPanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="125"/>
        <source>Admission of {name} annulled; the badge can be used again.</source>
        <translation>أُلغي دخول {name}؛ يمكن استعمال الشارة من جديد.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="134"/>
        <source>Not annulled: {detail}</source>
        <translation>لم يُلغَ: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="157"/>
        <source>Give a reason: it goes into the log.</source>
        <translation>اذكر السبب: يُدوَّن في السجل.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="170"/>
        <source>{time} · {name}
{badge} · {session}</source>
        <translation>{time} · {name}
{badge} · {session}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="178"/>
        <source>Annul a mistaken admission</source>
        <translation>إلغاء دخول خاطئ</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="179"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="180"/>
        <source>No admission today.</source>
        <translation>لا دخول اليوم.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="184"/>
        <source>Reason for the annulment</source>
        <translation>سبب الإلغاء</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="185"/>
        <source>Annul</source>
        <translation>إلغاء الدخول</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="186"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>BadgePanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="221"/>
        <source>Type the badge number first.</source>
        <translation>أدخل رقم الشارة أولًا.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="225"/>
        <source>Give a reason: it goes into the roster and the log.</source>
        <translation>اذكر السبب: يُدوَّن في القائمة وفي السجل.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="249"/>
        <source>Badge {number} ({name}) is active again.</source>
        <translation>الشارة {number} ({name}) فعّالة من جديد.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="250"/>
        <source>Badge {number} ({name}) is suspended.</source>
        <translation>الشارة {number} ({name}) موقوفة.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="251"/>
        <source>Badge {number} ({name}) is revoked.</source>
        <translation>الشارة {number} ({name}) ملغاة.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="259"/>
        <source>Not changed: {detail}</source>
        <translation>لم يُعدَّل: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="262"/>
        <source>Badge status</source>
        <translation>حالة الشارة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="263"/>
        <source>Badge number</source>
        <translation>رقم الشارة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="264"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="265"/>
        <source>Suspend</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="266"/>
        <source>Revoke</source>
        <translation>إلغاء الشارة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="267"/>
        <source>Reinstate</source>
        <translation>إعادة التفعيل</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="169"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="170"/>
        <source>No other camera found.</source>
        <translation>لم يُعثر على كاميرا أخرى.</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../camera_view.py" line="117"/>
        <source>Present your badge</source>
        <translation>قدّم شارتك</translation>
    </message>
    <message>
        <location filename="../camera_view.py" line="142"/>
        <source>No image from the camera</source>
        <translation>لا صورة من الكاميرا</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../pages/check.py" line="163"/>
        <source>Recording…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="165"/>
        <source>One more check to go</source>
        <translation>بقي تحقق واحد</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="167"/>
        <source>Check the documents</source>
        <translation>تحقق من الوثائق</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="169"/>
        <source>Manual check</source>
        <translation>تحقق يدوي</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="170"/>
        <source>VALID</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="174"/>
        <source>1 · Identity document</source>
        <translation>1 · وثيقة الهوية</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="175"/>
        <source>2 · Press credential</source>
        <translation>2 · الصفة الصحفية</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="176"/>
        <source>Matches</source>
        <translation>مطابقة</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="177"/>
        <source>Does not match</source>
        <translation>غير مطابقة</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="178"/>
        <source>Shown</source>
        <translation>قُدِّمت</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="179"/>
        <source>Not shown</source>
        <translation>لم تُقدَّم</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="180"/>
        <source>Refuse, other reason</source>
        <translation>رفض لسبب آخر</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="193"/>
        <source>Badge {number}</source>
        <translation>الشارة {number}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="197"/>
        <source>Attention: {note}</source>
        <translation>تنبيه: {note}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="205"/>
        <source>{document} ending {digits}</source>
        <translation>{document} ينتهي رقمها بـ {digits}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="208"/>
        <source>Same name as on the badge</source>
        <translation>الاسم نفسه كما في الشارة</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="214"/>
        <source>Mission letter from {outlet}</source>
        <translation>رسالة تكليف من {outlet}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="215"/>
        <source>Press card {number}
issued by {issuer}</source>
        <translation>البطاقة الصحفية {number}
صادرة عن {issuer}</translation>
    </message>
</context>
<context>
    <name>DeniedPage</name>
    <message>
        <location filename="../pages/denied.py" line="103"/>
        <source>Back to scanning in {seconds} s</source>
        <translation>العودة إلى المسح بعد {seconds} ث</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="107"/>
        <source>Next badge</source>
        <translation>الشارة التالية</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="110"/>
        <location filename="../pages/denied.py" line="115"/>
        <source>DENIED</source>
        <translation>ممنوع</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="118"/>
        <source>Manual check (found by search).</source>
        <translation>تحقق يدوي (عُثر عليه بالبحث).</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="127"/>
        <source>Badge {number}</source>
        <translation>الشارة {number}</translation>
    </message>
</context>
<context>
    <name>FailurePage</name>
    <message>
        <location filename="../pages/failure.py" line="61"/>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="62"/>
        <source>Back to the check</source>
        <translation>العودة إلى التحقق</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="63"/>
        <source>Next badge</source>
        <translation>الشارة التالية</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="70"/>
        <source>Technical detail: {detail}</source>
        <translation>تفصيل تقني: {detail}</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="110"/>
        <source>Checkpoint</source>
        <translation>نقطة التفتيش</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="111"/>
        <source>Session admitted</source>
        <translation>الجلسة المسموح بها</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="117"/>
        <source>By the programme (automatic)</source>
        <translation>حسب البرنامج (تلقائي)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="120"/>
        <source>Automatic: each badge is judged for the session open at that moment.</source>
        <translation>تلقائي: تُقيَّم كل شارة للجلسة المفتوحة في تلك اللحظة.</translation>
    </message>
</context>
<context>
    <name>LeavePanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="304"/>
        <source>Leave the kiosk</source>
        <translation>مغادرة الجهاز</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="305"/>
        <source>Leave full screen</source>
        <translation>الخروج من ملء الشاشة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="305"/>
        <source>Back to full screen</source>
        <translation>العودة إلى ملء الشاشة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="306"/>
        <source>Tap again to quit</source>
        <translation>المس مرة أخرى للإغلاق</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="306"/>
        <source>Quit the kiosk</source>
        <translation>إغلاق التطبيق</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="308"/>
        <source>While the kiosk is closed, nobody is checked at this door.</source>
        <translation>ما دام التطبيق مغلقًا فلن يُفحص أحد عند هذا الباب.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../keyboard.py" line="147"/>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location filename="../keyboard.py" line="148"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../pages/outcome.py" line="76"/>
        <source>Next badge</source>
        <translation>الشارة التالية</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="77"/>
        <source>ADMITTED</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="77"/>
        <source>REFUSED</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="85"/>
        <source>Let them in</source>
        <translation>اسمح بالدخول</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="96"/>
        <source>Session: {session}</source>
        <translation>الجلسة: {session}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="99"/>
        <source>Manual check (found by search)</source>
        <translation>تحقق يدوي (عُثر عليه بالبحث)</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="102"/>
        <source>Recorded at {time} by officer {officer}</source>
        <translation>سُجّل في {time} من قِبل الضابط {officer}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../touch.py" line="89"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>ScanningPage</name>
    <message>
        <location filename="../pages/scanning.py" line="58"/>
        <source>Search by name</source>
        <translation>البحث بالاسم</translation>
    </message>
    <message>
        <location filename="../pages/scanning.py" line="59"/>
        <source>Sign out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../pages/scanning.py" line="60"/>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../pages/search.py" line="174"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="175"/>
        <source>Name, outlet or badge number — then tap the person</source>
        <translation>الاسم أو المؤسسة أو رقم الشارة — ثم المس الشخص</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="177"/>
        <source>Type a name (Latin or Arabic letters), an outlet or a badge number.</source>
        <translation>اكتب اسمًا (بحروف لاتينية أو عربية) أو مؤسسة أو رقم شارة.</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="179"/>
        <source>The search failed. Try again; if this repeats, call the supervisor.</source>
        <translation>فشل البحث. أعد المحاولة؛ وإذا تكرر ذلك فاتصل بالمشرف.</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="181"/>
        <source>Nobody found for “{query}”.</source>
        <translation>لم يُعثر على أحد باسم «{query}».</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="185"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../pages/sign_in.py" line="227"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="228"/>
        <source>The kiosk locked itself after a few idle minutes. Sign in again to go on.</source>
        <translation>قُفل الجهاز تلقائيًا بعد دقائق من عدم الاستعمال. سجّل الدخول من جديد للمتابعة.</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="230"/>
        <source>Officer sign-in</source>
        <translation>دخول الضابط</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="233"/>
        <source>Officer number</source>
        <translation>رقم الضابط</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="234"/>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="235"/>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="238"/>
        <source>Demo only: officer {number}, PIN {pin}. Supervisor PIN {supervisor}.</source>
        <translation>للعرض فقط: الضابط {number}، الرمز {pin}. رمز المشرف {supervisor}.</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="243"/>
        <source>Too many wrong PINs. The keypad is locked for {seconds} s.</source>
        <translation>رموز خاطئة كثيرة. لوحة الأرقام مقفلة لمدة {seconds} ث.</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="248"/>
        <source>Wrong number or PIN. {n} attempts left before the keypad locks.</source>
        <translation>رقم أو رمز خاطئ. بقيت {n} محاولات قبل قفل لوحة الأرقام.</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../pages/supervisor.py" line="215"/>
        <source>Supervisor mode · {name}</source>
        <translation>وضع المشرف · {name}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="215"/>
        <source>Supervisor mode</source>
        <translation>وضع المشرف</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="217"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="219"/>
        <source>Checkpoint and session</source>
        <translation>النقطة والجلسة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="220"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="221"/>
        <source>Badge status</source>
        <translation>حالة الشارة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="222"/>
        <source>Annul an admission</source>
        <translation>إلغاء دخول</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="223"/>
        <source>Today and export</source>
        <translation>اليوم والتصدير</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="224"/>
        <source>Leave or quit</source>
        <translation>المغادرة والإغلاق</translation>
    </message>
</context>
<context>
    <name>SupervisorPinPage</name>
    <message>
        <location filename="../pages/supervisor.py" line="116"/>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="117"/>
        <source>Type the supervisor PIN.</source>
        <translation>أدخل رمز المشرف.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="118"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="122"/>
        <source>Too many wrong PINs. The keypad is locked for {seconds} s.</source>
        <translation>رموز خاطئة كثيرة. لوحة الأرقام مقفلة لمدة {seconds} ث.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="126"/>
        <source>Wrong PIN. {n} attempts left before the keypad locks.</source>
        <translation>رمز خاطئ. بقيت {n} محاولات قبل قفل لوحة الأرقام.</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="232"/>
        <source>{rows} log lines written to {path}</source>
        <translation>كُتب {rows} سطرًا من السجل في {path}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="237"/>
        <source>Export failed: {detail}</source>
        <translation>فشل التصدير: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="241"/>
        <source>Today at this checkpoint</source>
        <translation>اليوم عند هذه النقطة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="245"/>
        <source>Admitted: {n}</source>
        <translation>المقبولون: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="246"/>
        <source>Refused by an officer: {n}</source>
        <translation>المرفوضون من الضابط: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="247"/>
        <source>Badges denied: {n}</source>
        <translation>الشارات الممنوعة: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="248"/>
        <source>Scans: {n}</source>
        <translation>عمليات المسح: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="249"/>
        <source>Admissions annulled: {n}</source>
        <translation>الدخول الملغى: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="254"/>
        <source>Export the log (CSV)</source>
        <translation>تصدير السجل (CSV)</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../top_bar.py" line="172"/>
        <source>Officer {number}</source>
        <translation>الضابط {number}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="182"/>
        <source>admitted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="183"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="184"/>
        <source>denied</source>
        <translation>ممنوع</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="203"/>
        <source>{session} (set by the supervisor)</source>
        <translation>{session} (حدّدها المشرف)</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="211"/>
        <source>Next: {session}, {when}</source>
        <translation>التالية: {session}، {when}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="213"/>
        <source>No session open</source>
        <translation>لا جلسة مفتوحة</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../wording.py" line="42"/>
        <source>{time} on {day}</source>
        <translation>{time} يوم {day}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="60"/>
        <source>Refuse entry and call the supervisor.</source>
        <translation>ارفض الدخول واتصل بالمشرف.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="61"/>
        <source>Refuse entry.</source>
        <translation>ارفض الدخول.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="63"/>
        <source>Not a badge of this event</source>
        <translation>ليست شارة هذا الحدث</translation>
    </message>
    <message>
        <location filename="../wording.py" line="63"/>
        <source>Ask for the accreditation badge.</source>
        <translation>اطلب شارة الاعتماد.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="65"/>
        <source>Badge of another event</source>
        <translation>شارة حدث آخر</translation>
    </message>
    <message>
        <location filename="../wording.py" line="68"/>
        <source>Signed with a key this kiosk does not trust.</source>
        <translation>موقّعة بمفتاح لا يثق به هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="70"/>
        <source>The signature does not match: the badge was forged or altered.</source>
        <translation>التوقيع غير مطابق: الشارة مزوّرة أو معدّلة.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="71"/>
        <source>Forged or altered badge</source>
        <translation>شارة مزوّرة أو معدّلة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="74"/>
        <source>The badge is newer than this kiosk&apos;s roster: the roster may be out of date.</source>
        <translation>الشارة أحدث من قائمة هذا الجهاز: ربما القائمة غير محدّثة.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="75"/>
        <source>Badge not on this kiosk&apos;s roster</source>
        <translation>الشارة غير موجودة في قائمة هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../wording.py" line="76"/>
        <source>Unknown badge: not on the roster</source>
        <translation>شارة مجهولة: غير مسجّلة في القائمة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="79"/>
        <location filename="../wording.py" line="83"/>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="80"/>
        <source>Badge revoked</source>
        <translation>شارة ملغاة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="84"/>
        <source>Badge suspended</source>
        <translation>شارة موقوفة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="88"/>
        <source>A newer badge was printed (version {new}); this one is version {old}.</source>
        <translation>طُبعت شارة أحدث (الإصدار {new})؛ هذه هي الإصدار {old}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="92"/>
        <source>Old badge: replaced by a newer one</source>
        <translation>شارة قديمة: استُبدلت بأحدث منها</translation>
    </message>
    <message>
        <location filename="../wording.py" line="92"/>
        <source>Refuse this badge; ask for the new one.</source>
        <translation>ارفض هذه الشارة واطلب الجديدة.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="95"/>
        <source>Session now: {session}</source>
        <translation>الجلسة الحالية: {session}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="97"/>
        <source>Their session opens at {when}.</source>
        <translation>تُفتح جلسته في {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="98"/>
        <source>Wrong session: not accredited for this one</source>
        <translation>جلسة خاطئة: غير معتمد لهذه الجلسة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="102"/>
        <source>Appointment at {when}.</source>
        <translation>الموعد في {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="102"/>
        <source>Doors open at {when}.</source>
        <translation>تُفتح الأبواب في {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="104"/>
        <source>Too early</source>
        <translation>مبكر جدًا</translation>
    </message>
    <message>
        <location filename="../wording.py" line="104"/>
        <source>Refuse entry for now; ask them to come back.</source>
        <translation>ارفض الدخول الآن واطلب منه العودة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="106"/>
        <source>The appointment ended at {when}.</source>
        <translation>انتهى الموعد في {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="106"/>
        <source>Entry closed at {when}.</source>
        <translation>أُغلق الدخول في {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="108"/>
        <source>Entry closed</source>
        <translation>الدخول مغلق</translation>
    </message>
    <message>
        <location filename="../wording.py" line="112"/>
        <source>Admitted at {time} through {checkpoint} ({session}).</source>
        <translation>دخل في {time} عبر {checkpoint} ({session}).</translation>
    </message>
    <message>
        <location filename="../wording.py" line="118"/>
        <location filename="../wording.py" line="135"/>
        <source>Already admitted</source>
        <translation>دخل من قبل</translation>
    </message>
    <message>
        <location filename="../wording.py" line="125"/>
        <source>Valid</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="126"/>
        <source>Not a badge</source>
        <translation>ليست شارة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="127"/>
        <source>Forged</source>
        <translation>مزوّرة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="128"/>
        <source>Other event</source>
        <translation>حدث آخر</translation>
    </message>
    <message>
        <location filename="../wording.py" line="129"/>
        <source>Unknown</source>
        <translation>مجهولة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="130"/>
        <source>Superseded</source>
        <translation>مستبدلة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="131"/>
        <source>Suspended</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="132"/>
        <source>Revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="133"/>
        <source>Wrong session</source>
        <translation>جلسة خاطئة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="134"/>
        <source>Outside hours</source>
        <translation>خارج المواعيد</translation>
    </message>
    <message>
        <location filename="../wording.py" line="141"/>
        <source>Identity document does not match</source>
        <translation>وثيقة الهوية غير مطابقة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="142"/>
        <source>No press card or mission letter</source>
        <translation>لا بطاقة صحفية ولا رسالة تكليف</translation>
    </message>
    <message>
        <location filename="../wording.py" line="143"/>
        <location filename="../wording.py" line="144"/>
        <source>Refused by the officer</source>
        <translation>رفض من الضابط</translation>
    </message>
    <message>
        <location filename="../wording.py" line="248"/>
        <source>No roster yet</source>
        <translation>لا توجد قائمة بعد</translation>
    </message>
    <message>
        <location filename="../wording.py" line="250"/>
        <source>Roster of {when} (serial {serial})</source>
        <translation>قائمة {when} (رقم {serial})</translation>
    </message>
    <message>
        <location filename="../wording.py" line="253"/>
        <source>Roster imported {when} (unsigned)</source>
        <translation>قائمة مستوردة في {when} (غير موقعة)</translation>
    </message>
    <message>
        <location filename="../wording.py" line="150"/>
        <source>Passport</source>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <location filename="../wording.py" line="151"/>
        <source>National identity card</source>
        <translation>بطاقة التعريف الوطنية</translation>
    </message>
    <message>
        <location filename="../wording.py" line="152"/>
        <source>Residence permit</source>
        <translation>بطاقة الإقامة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="158"/>
        <source>Journalist</source>
        <translation>صحفي</translation>
    </message>
    <message>
        <location filename="../wording.py" line="159"/>
        <source>Photographer</source>
        <translation>مصوّر</translation>
    </message>
    <message>
        <location filename="../wording.py" line="160"/>
        <source>Camera operator</source>
        <translation>مصوّر فيديو</translation>
    </message>
    <message>
        <location filename="../wording.py" line="161"/>
        <source>Technician</source>
        <translation>تقني</translation>
    </message>
    <message>
        <location filename="../wording.py" line="162"/>
        <source>Producer</source>
        <translation>منتج</translation>
    </message>
    <message>
        <location filename="../wording.py" line="163"/>
        <source>Fixer</source>
        <translation>منسّق ميداني</translation>
    </message>
    <message>
        <location filename="../wording.py" line="174"/>
        <source>Camera starting…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <location filename="../wording.py" line="171"/>
        <source>Camera on</source>
        <translation>الكاميرا تعمل</translation>
    </message>
    <message>
        <location filename="../wording.py" line="169"/>
        <source>Camera unavailable — retrying</source>
        <translation>الكاميرا غير متاحة — إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="173"/>
        <source>Video ended</source>
        <translation>انتهى الفيديو</translation>
    </message>
    <message>
        <location filename="../wording.py" line="180"/>
        <source>{n} more badges are waiting. Finish this check first; they will be checked next.</source>
        <translation>{n} شارات أخرى في الانتظار. أنهِ هذا التحقق أولًا؛ ستُفحص بعده.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="183"/>
        <source>Another badge is waiting. Finish this check first; it will be checked next.</source>
        <translation>شارة أخرى في الانتظار. أنهِ هذا التحقق أولًا؛ ستُفحص بعده.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="185"/>
        <source>Several badges seen at once: one badge at a time, please.</source>
        <translation>عدة شارات في آن واحد: شارة واحدة في كل مرة من فضلك.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="186"/>
        <source>A badge was shown: sign in first to check it.</source>
        <translation>عُرضت شارة: سجّل الدخول أولًا للتحقق منها.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="187"/>
        <source>This badge is already on the screen.</source>
        <translation>هذه الشارة معروضة على الشاشة بالفعل.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="188"/>
        <source>The check stayed open too long and was not recorded: show the badge again.</source>
        <translation>بقي التحقق مفتوحًا مدة طويلة ولم يُسجَّل: اعرض الشارة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="195"/>
        <source>the badge was revoked since the scan</source>
        <translation>أُلغيت الشارة منذ قراءتها</translation>
    </message>
    <message>
        <location filename="../wording.py" line="196"/>
        <source>the badge was suspended since the scan</source>
        <translation>عُلّقت الشارة منذ قراءتها</translation>
    </message>
    <message>
        <location filename="../wording.py" line="197"/>
        <source>a newer badge was printed since the scan</source>
        <translation>طُبعت شارة أحدث منذ القراءة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="198"/>
        <source>not accredited for the session now</source>
        <translation>غير معتمد للجلسة الحالية</translation>
    </message>
    <message>
        <location filename="../wording.py" line="199"/>
        <source>outside the session&apos;s hours or appointment now</source>
        <translation>خارج مواعيد الجلسة أو الموعد الآن</translation>
    </message>
    <message>
        <location filename="../wording.py" line="200"/>
        <source>already admitted meanwhile</source>
        <translation>سبق قبوله في الأثناء</translation>
    </message>
    <message>
        <location filename="../wording.py" line="201"/>
        <source>the badge is no longer on the roster</source>
        <translation>لم تعد الشارة في القائمة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="202"/>
        <source>the check took too long</source>
        <translation>استغرق التحقق وقتًا طويلًا</translation>
    </message>
    <message>
        <location filename="../wording.py" line="203"/>
        <source>the kiosk&apos;s clock went back</source>
        <translation>عادت ساعة الجهاز إلى الوراء</translation>
    </message>
    <message>
        <location filename="../wording.py" line="204"/>
        <source>the officer is not on this kiosk&apos;s staff list</source>
        <translation>الموظف غير مدرج في قائمة موظفي هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../wording.py" line="208"/>
        <source>the log refused the decision</source>
        <translation>رفض السجل القرار</translation>
    </message>
    <message>
        <location filename="../wording.py" line="216"/>
        <source>Nothing was recorded. Show the badge again to check it anew.</source>
        <translation>لم يُسجَّل شيء. اعرض الشارة مرة أخرى لإعادة التحقق منها.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="220"/>
        <source>Nothing was recorded. Refuse entry and call the supervisor.</source>
        <translation>لم يُسجَّل شيء. ارفض الدخول واتصل بالمشرف.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="223"/>
        <source>Not admitted: {reason}</source>
        <translation>غير مقبول: {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="228"/>
        <location filename="../wording.py" line="238"/>
        <source>ERROR</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../wording.py" line="229"/>
        <source>Scan not recorded</source>
        <translation>لم يُسجَّل المسح</translation>
    </message>
    <message>
        <location filename="../wording.py" line="230"/>
        <source>The badge could not be checked. Ask for the badge again; if this repeats, call the supervisor.</source>
        <translation>تعذّر التحقق من الشارة. اطلب الشارة مرة أخرى؛ وإذا تكرر ذلك فاتصل بالمشرف.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="233"/>
        <source>NOT SAVED</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../wording.py" line="234"/>
        <source>Decision not recorded</source>
        <translation>لم يُسجَّل القرار</translation>
    </message>
    <message>
        <location filename="../wording.py" line="235"/>
        <source>Nothing was saved: do not admit yet. Try again; if this repeats, call the supervisor.</source>
        <translation>لم يُحفظ شيء: لا تسمح بالدخول بعد. أعد المحاولة؛ وإذا تكرر ذلك فاتصل بالمشرف.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="222"/>
        <source>NOT ADMITTED</source>
        <translation>غير مقبول</translation>
    </message>
    <message>
        <location filename="../wording.py" line="218"/>
        <source>This badge was admitted meanwhile at another checkpoint. Refuse entry and call the supervisor.</source>
        <translation>قُبلت هذه الشارة في الأثناء عند نقطة تفتيش أخرى. ارفض الدخول واتصل بالمشرف.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="239"/>
        <source>Action failed</source>
        <translation>فشل الإجراء</translation>
    </message>
    <message>
        <location filename="../wording.py" line="240"/>
        <source>Try again; if this repeats, call the supervisor.</source>
        <translation>أعد المحاولة؛ وإذا تكرر ذلك فاتصل بالمشرف.</translation>
    </message>
</context>
</TS>
