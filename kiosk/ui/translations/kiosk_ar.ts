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
        <location filename="../pages/supervisor_records.py" line="133"/>
        <source>Not annulled: {detail}</source>
        <translation>لم يُلغَ: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="154"/>
        <source>Give a reason: it goes into the log.</source>
        <translation>اذكر السبب: يُدوَّن في السجل.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="171"/>
        <source>{time} · {name}
{badge} · {session}</source>
        <translation>{time} · {name}
{badge} · {session}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="179"/>
        <source>Annul a mistaken admission</source>
        <translation>إلغاء دخول خاطئ</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="180"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="181"/>
        <source>No admission today.</source>
        <translation>لا دخول اليوم.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="185"/>
        <source>Reason…</source>
        <translation>السبب…</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="186"/>
        <source>Annul</source>
        <translation>إلغاء الدخول</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="187"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>BadgePanel</name>
    <message>
        <location filename="../pages/badge_status.py" line="199"/>
        <source>Type the badge number first.</source>
        <translation>أدخل رقم الشارة أولًا.</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="201"/>
        <source>Looking up {number}…</source>
        <translation>جارٍ البحث عن {number}…</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="262"/>
        <source>Choose a reason: it goes into the roster and the log.</source>
        <translation>اختر سببًا: يُدوَّن في القائمة وفي السجل.</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="288"/>
        <source>Badge {number} ({name}) is active again.</source>
        <translation>الشارة {number} ({name}) فعّالة من جديد.</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="289"/>
        <source>Badge {number} ({name}) is suspended.</source>
        <translation>الشارة {number} ({name}) موقوفة.</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="290"/>
        <source>Badge {number} ({name}) is revoked.</source>
        <translation>الشارة {number} ({name}) ملغاة.</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="298"/>
        <source>Not changed: {detail}</source>
        <translation>لم يُعدَّل: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="303"/>
        <source>Active</source>
        <translation>فعّالة</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="304"/>
        <source>Suspended</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="305"/>
        <source>Revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="307"/>
        <source>Now: {status}</source>
        <translation>الحالة الآن: {status}</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="319"/>
        <source>Badge status</source>
        <translation>حالة الشارة</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="320"/>
        <source>Badge number</source>
        <translation>رقم الشارة</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="321"/>
        <source>Find the holder</source>
        <translation>البحث عن صاحب الشارة</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="326"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="327"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="328"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="331"/>
        <source>Your words (optional)</source>
        <translation>كلماتك (اختياري)</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="332"/>
        <source>Your words, kept as an extra line (optional)</source>
        <translation>كلماتك، تُحفظ في سطر إضافي (اختياري)</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="333"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="339"/>
        <source>Badge {number}</source>
        <translation>الشارة {number}</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="343"/>
        <source>{action} {name}: why?</source>
        <translation>{action} {name}: لأي سبب؟</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="344"/>
        <source>{action} {name}?</source>
        <translation>{action} {name}؟</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="348"/>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="353"/>
        <source>Confirm: {action}</source>
        <translation>تأكيد: {action}</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="312"/>
        <location filename="../pages/badge_status.py" line="322"/>
        <source>Suspend</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="313"/>
        <location filename="../pages/badge_status.py" line="323"/>
        <source>Revoke</source>
        <translation>إلغاء الشارة</translation>
    </message>
    <message>
        <location filename="../pages/badge_status.py" line="314"/>
        <location filename="../pages/badge_status.py" line="324"/>
        <source>Reinstate</source>
        <translation>إعادة التفعيل</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="204"/>
        <source>Picture {size}</source>
        <translation>الصورة {size}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="206"/>
        <source>No frame yet</source>
        <translation>لم تصل أي صورة بعد</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="209"/>
        <source>Last frame {seconds} s ago</source>
        <translation>آخر صورة قبل {seconds} ث</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="211"/>
        <source>The camera sends no pictures: check its cable.</source>
        <translation>الكاميرا لا ترسل صورًا: تحقق من الكابل.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="217"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="218"/>
        <source>No other camera found.</source>
        <translation>لم يُعثر على كاميرا أخرى.</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../camera_view.py" line="125"/>
        <source>Present your badge</source>
        <translation>قدّم شارتك</translation>
    </message>
    <message>
        <location filename="../camera_view.py" line="150"/>
        <source>No image from the camera</source>
        <translation>لا صورة من الكاميرا</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../pages/check.py" line="335"/>
        <location filename="../pages/check.py" line="348"/>
        <source>Recording…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="337"/>
        <source>Refusal waiting: it can still be undone</source>
        <translation>رفض قيد الانتظار: يمكن التراجع عنه بعد</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="339"/>
        <source>One more check to go</source>
        <translation>بقي تحقق واحد</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="341"/>
        <source>Check the documents</source>
        <translation>تحقق من الوثائق</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="343"/>
        <source>Manual check</source>
        <translation>تحقق يدوي</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="344"/>
        <source>VALID</source>
        <translation>صالحة</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/check.py" line="348"/>
        <source>Recorded in %n s unless undone</source>
        <translation>
            <numerusform>يُسجَّل الآن ما لم تتراجع</numerusform>
            <numerusform>يُسجَّل بعد ثانية واحدة ما لم تتراجع</numerusform>
            <numerusform>يُسجَّل بعد ثانيتين ما لم تتراجع</numerusform>
            <numerusform>يُسجَّل بعد %n ثوانٍ ما لم تتراجع</numerusform>
            <numerusform>يُسجَّل بعد %n ثانية ما لم تتراجع</numerusform>
            <numerusform>يُسجَّل بعد %n ثانية ما لم تتراجع</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="357"/>
        <source>1 · Identity document</source>
        <translation>1 · وثيقة الهوية</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="358"/>
        <source>2 · Press credential</source>
        <translation>2 · الصفة الصحفية</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="359"/>
        <source>Matches</source>
        <translation>مطابقة</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="362"/>
        <source>Back to the check</source>
        <translation>العودة إلى التحقق</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="333"/>
        <source>Refuse entry: why?</source>
        <translation>رفض الدخول: لأي سبب؟</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="377"/>
        <source>Refusing entry to {name}: {reason}</source>
        <translation>رفض دخول {name}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/check.py" line="398"/>
        <source>(and %n more earlier today)</source>
        <translation>
            <numerusform>(ولا شيء آخر اليوم)</numerusform>
            <numerusform>(ومرة أخرى في وقت سابق اليوم)</numerusform>
            <numerusform>(ومرتان أخريان في وقت سابق اليوم)</numerusform>
            <numerusform>(و%n مرات أخرى في وقت سابق اليوم)</numerusform>
            <numerusform>(و%n مرة أخرى في وقت سابق اليوم)</numerusform>
            <numerusform>(و%n مرة أخرى في وقت سابق اليوم)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="401"/>
        <source>Offline: another lane may have admitted this badge already</source>
        <translation>غير متصل: ربما سُمح بهذه الشارة في ممر آخر</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="418"/>
        <source>Press card {number} · {issuer}</source>
        <translation>البطاقة الصحفية {number} · {issuer}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="361"/>
        <source>Refuse entry…</source>
        <translation>رفض الدخول…</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="365"/>
        <source>Other reason (type it)</source>
        <translation>سبب آخر (اكتبه)</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="367"/>
        <source>Undo</source>
        <translation>التراجع عن الرفض</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="368"/>
        <source>Refuse now</source>
        <translation>ارفض الآن</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="331"/>
        <source>Refuse entry: in your own words, why?</source>
        <translation>رفض الدخول: لماذا؟ اكتب السبب بكلماتك</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="369"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="370"/>
        <source>Refuse with this reason</source>
        <translation>ارفض لهذا السبب</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="360"/>
        <source>Shown</source>
        <translation>قُدِّمت</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="392"/>
        <source>Attention: {note}</source>
        <translation>تنبيه: {note}</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="411"/>
        <source>{document} ending {digits}, same name</source>
        <translation>{document} ينتهي رقمها بـ {digits}، بالاسم نفسه</translation>
    </message>
    <message>
        <location filename="../pages/check.py" line="417"/>
        <source>Mission letter from {outlet}</source>
        <translation>رسالة تكليف من {outlet}</translation>
    </message>
</context>
<context>
    <name>DenialsPanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="253"/>
        <source>No badge number</source>
        <translation>بلا رقم شارة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="257"/>
        <source>Denials and refusals today</source>
        <translation>حالات المنع والرفض اليوم</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="258"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="259"/>
        <source>No denial or refusal today.</source>
        <translation>لا منع ولا رفض اليوم.</translation>
    </message>
</context>
<context>
    <name>DeniedPage</name>
    <message>
        <location filename="../pages/denied.py" line="111"/>
        <source>Kept on screen: tap Next badge when done.</source>
        <translation>مُبقاة على الشاشة: المس «الشارة التالية» عند الانتهاء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/denied.py" line="114"/>
        <source>Back to scanning in %n s</source>
        <translation>
            <numerusform>العودة إلى المسح الآن</numerusform>
            <numerusform>العودة إلى المسح بعد ثانية واحدة</numerusform>
            <numerusform>العودة إلى المسح بعد ثانيتين</numerusform>
            <numerusform>العودة إلى المسح بعد %n ثوانٍ</numerusform>
            <numerusform>العودة إلى المسح بعد %n ثانية</numerusform>
            <numerusform>العودة إلى المسح بعد %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="118"/>
        <source>Next badge</source>
        <translation>الشارة التالية</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="119"/>
        <source>Keep on screen</source>
        <translation>إبقاء على الشاشة</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="122"/>
        <location filename="../pages/denied.py" line="128"/>
        <source>DENIED</source>
        <translation>ممنوع</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="132"/>
        <source>Manual check (found by search).</source>
        <translation>تحقق يدوي (عُثر عليه بالبحث).</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="141"/>
        <source>Badge {number}</source>
        <translation>الشارة {number}</translation>
    </message>
    <message>
        <location filename="../pages/denied.py" line="148"/>
        <source>Badge number it claims: {number}</source>
        <translation>رقم الشارة المزعوم: {number}</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/denied.py" line="153"/>
        <source>(and %n more earlier today)</source>
        <translation>
            <numerusform>(ولا شيء آخر اليوم)</numerusform>
            <numerusform>(ومرة أخرى في وقت سابق اليوم)</numerusform>
            <numerusform>(ومرتان أخريان في وقت سابق اليوم)</numerusform>
            <numerusform>(و%n مرات أخرى في وقت سابق اليوم)</numerusform>
            <numerusform>(و%n مرة أخرى في وقت سابق اليوم)</numerusform>
            <numerusform>(و%n مرة أخرى في وقت سابق اليوم)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailurePage</name>
    <message>
        <location filename="../pages/failure.py" line="69"/>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="70"/>
        <source>Back to the check</source>
        <translation>العودة إلى التحقق</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="71"/>
        <source>Next badge</source>
        <translation>الشارة التالية</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="72"/>
        <source>Supervisor approves…</source>
        <translation>موافقة المشرف…</translation>
    </message>
    <message>
        <location filename="../pages/failure.py" line="79"/>
        <source>Technical detail: {detail}</source>
        <translation>تفصيل تقني: {detail}</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <location filename="../pages/supervisor_panels.py" line="107"/>
        <source>Checkpoint</source>
        <translation>نقطة التفتيش</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="108"/>
        <source>Session admitted</source>
        <translation>الجلسة المسموح بها</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="114"/>
        <source>By the programme (automatic)</source>
        <translation>حسب البرنامج (تلقائي)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_panels.py" line="117"/>
        <source>Automatic: each badge is judged for the session open at that moment.</source>
        <translation>تلقائي: تُقيَّم كل شارة للجلسة المفتوحة في تلك اللحظة.</translation>
    </message>
</context>
<context>
    <name>LeavePanel</name>
    <message>
        <location filename="../pages/supervisor_records.py" line="432"/>
        <source>Leave the kiosk</source>
        <translation>مغادرة الجهاز</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="433"/>
        <source>Leave full screen</source>
        <translation>الخروج من ملء الشاشة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="433"/>
        <source>Back to full screen</source>
        <translation>العودة إلى ملء الشاشة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="434"/>
        <source>Tap again to quit</source>
        <translation>المس مرة أخرى للإغلاق</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="434"/>
        <source>Quit the kiosk</source>
        <translation>إغلاق التطبيق</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="436"/>
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
    <message numerus="yes">
        <location filename="../pages/outcome.py" line="108"/>
        <source>Back to scanning in %n s</source>
        <translation>
            <numerusform>العودة إلى المسح الآن</numerusform>
            <numerusform>العودة إلى المسح بعد ثانية واحدة</numerusform>
            <numerusform>العودة إلى المسح بعد ثانيتين</numerusform>
            <numerusform>العودة إلى المسح بعد %n ثوانٍ</numerusform>
            <numerusform>العودة إلى المسح بعد %n ثانية</numerusform>
            <numerusform>العودة إلى المسح بعد %n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="112"/>
        <source>Next badge</source>
        <translation>الشارة التالية</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="114"/>
        <source>ADMITTED</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="114"/>
        <source>REFUSED</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="122"/>
        <source>Let them in</source>
        <translation>اسمح بالدخول</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="131"/>
        <source>Badge {number}</source>
        <translation>الشارة {number}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="134"/>
        <source>Reason given: {note}</source>
        <translation>السبب المذكور: {note}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="136"/>
        <source>Session: {session}</source>
        <translation>الجلسة: {session}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="139"/>
        <source>Manual check (found by search)</source>
        <translation>تحقق يدوي (عُثر عليه بالبحث)</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="141"/>
        <source>Admitted offline: the site gets it when the network is back</source>
        <translation>سُمح بالدخول دون اتصال: يصل إلى الموقع عند عودة الشبكة</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="144"/>
        <source>Recorded at {time} by officer {officer}</source>
        <translation>سُجّل في {time} من قِبل الضابط {officer}</translation>
    </message>
    <message>
        <location filename="../pages/outcome.py" line="149"/>
        <source>Attention: {note}</source>
        <translation>تنبيه: {note}</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../touch.py" line="115"/>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>ScanningPage</name>
    <message>
        <location filename="../pages/scanning.py" line="60"/>
        <source>Search by name</source>
        <translation>البحث بالاسم</translation>
    </message>
    <message>
        <location filename="../pages/scanning.py" line="61"/>
        <source>Sign out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../pages/scanning.py" line="62"/>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../pages/search.py" line="191"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="192"/>
        <source>Hide keyboard</source>
        <translation>إخفاء لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="192"/>
        <source>Keyboard</source>
        <translation>لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="193"/>
        <source>Name, outlet or badge number</source>
        <translation>الاسم أو المؤسسة أو رقم الشارة</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="196"/>
        <source>Type a name (Latin or Arabic letters), an outlet or a badge number.</source>
        <translation>اكتب اسمًا (بحروف لاتينية أو عربية) أو مؤسسة أو رقم شارة.</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="198"/>
        <source>The search failed. Try again; if this repeats, call the supervisor.</source>
        <translation>فشل البحث. أعد المحاولة؛ وإذا تكرر ذلك فاتصل بالمشرف.</translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="200"/>
        <source>Nobody found for “{query}”.</source>
        <translation>لم يُعثر على أحد باسم «{query}».</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/search.py" line="202"/>
        <source>More than %n people match: type more to narrow it down.</source>
        <translation>
            <numerusform>لا أحد يطابق بعد: اكتب المزيد.</numerusform>
            <numerusform>أكثر من شخص واحد يطابق: اكتب المزيد لتضييق النتائج.</numerusform>
            <numerusform>أكثر من شخصين يطابقان: اكتب المزيد لتضييق النتائج.</numerusform>
            <numerusform>أكثر من %n أشخاص يطابقون: اكتب المزيد لتضييق النتائج.</numerusform>
            <numerusform>أكثر من %n شخصًا يطابقون: اكتب المزيد لتضييق النتائج.</numerusform>
            <numerusform>أكثر من %n شخص يطابقون: اكتب المزيد لتضييق النتائج.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/search.py" line="204"/>
        <source>%n people match: type more to narrow it down, or scroll.</source>
        <translation>
            <numerusform>لا أحد يطابق.</numerusform>
            <numerusform>شخص واحد يطابق: اكتب المزيد أو مرّر القائمة.</numerusform>
            <numerusform>شخصان يطابقان: اكتب المزيد أو مرّر القائمة.</numerusform>
            <numerusform>%n أشخاص يطابقون: اكتب المزيد لتضييق النتائج أو مرّر القائمة.</numerusform>
            <numerusform>%n شخصًا يطابقون: اكتب المزيد لتضييق النتائج أو مرّر القائمة.</numerusform>
            <numerusform>%n شخص يطابقون: اكتب المزيد لتضييق النتائج أو مرّر القائمة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/search.py" line="206"/>
        <source>%n people match: tap the person in front of you.</source>
        <translation>
            <numerusform>لا أحد يطابق.</numerusform>
            <numerusform>شخص واحد يطابق: المس الشخص الذي أمامك.</numerusform>
            <numerusform>شخصان يطابقان: المس الشخص الذي أمامك.</numerusform>
            <numerusform>%n أشخاص يطابقون: المس الشخص الذي أمامك.</numerusform>
            <numerusform>%n شخصًا يطابقون: المس الشخص الذي أمامك.</numerusform>
            <numerusform>%n شخص يطابقون: المس الشخص الذي أمامك.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/search.py" line="208"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../pages/sign_in.py" line="226"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="227"/>
        <source>The kiosk locked itself after a few idle minutes. Sign in again to go on.</source>
        <translation>قُفل الجهاز تلقائيًا بعد دقائق من عدم الاستعمال. سجّل الدخول من جديد للمتابعة.</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="229"/>
        <source>Officer sign-in</source>
        <translation>دخول الضابط</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="232"/>
        <source>Officer number</source>
        <translation>رقم الضابط</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="233"/>
        <source>PIN</source>
        <translation>الرمز السري</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="234"/>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="237"/>
        <source>Demo only: officer {number}, PIN {pin}. Supervisor PIN {supervisor}.</source>
        <translation>للعرض فقط: الضابط {number}، الرمز {pin}. رمز المشرف {supervisor}.</translation>
    </message>
    <message>
        <location filename="../pages/sign_in.py" line="242"/>
        <source>Too many wrong PINs. The keypad is locked for {seconds} s.</source>
        <translation>رموز خاطئة كثيرة. لوحة الأرقام مقفلة لمدة {seconds} ث.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/sign_in.py" line="246"/>
        <source>Wrong number or PIN. %n attempt(s) left before the keypad locks.</source>
        <translation>
            <numerusform>رقم أو رمز خاطئ. لم تبقَ أي محاولة قبل قفل لوحة الأرقام.</numerusform>
            <numerusform>رقم أو رمز خاطئ. بقيت محاولة واحدة قبل قفل لوحة الأرقام.</numerusform>
            <numerusform>رقم أو رمز خاطئ. بقيت محاولتان قبل قفل لوحة الأرقام.</numerusform>
            <numerusform>رقم أو رمز خاطئ. بقيت %n محاولات قبل قفل لوحة الأرقام.</numerusform>
            <numerusform>رقم أو رمز خاطئ. بقيت %n محاولة قبل قفل لوحة الأرقام.</numerusform>
            <numerusform>رقم أو رمز خاطئ. بقيت %n محاولة قبل قفل لوحة الأرقام.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SitePanel</name>
    <message>
        <location filename="../pages/supervisor_site.py" line="166"/>
        <source>Annulled here, with your reason. The other admission stands; the conflict is resolved.</source>
        <translation>أُلغي هنا مع سببك. يبقى الدخول الآخر قائمًا، وحُلّ التعارض.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="169"/>
        <source>Annulled here, with your reason. The site is out of reach: it learns of it when the link is back.</source>
        <translation>أُلغي هنا مع سببك. الموقع غير متاح: سيعلم بذلك عند عودة الاتصال.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="179"/>
        <source>Not annulled: {detail}</source>
        <translation>لم يُلغَ: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="236"/>
        <source>Give a reason: it goes into the log.</source>
        <translation>اذكر السبب: يُدوَّن في السجل.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="290"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="291"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="292"/>
        <source>Annul</source>
        <translation>إلغاء الدخول</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="293"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="294"/>
        <source>Reason…</source>
        <translation>السبب…</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="299"/>
        <source>Kiosks</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="299"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="299"/>
        <source>Conflicts: {count}</source>
        <translation>التعارضات: {count}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="307"/>
        <source>The site could not be read (the kiosk&apos;s log says why). Refresh tries again.</source>
        <translation>تعذّرت قراءة الموقع (سجل الجهاز يذكر السبب). زر التحديث يعيد المحاولة.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="317"/>
        <source>No session (not a badge, or a forged one)</source>
        <translation>بلا جلسة (ليست شارة، أو شارة مزوّرة)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="320"/>
        <source>{kiosk} · {session}</source>
        <translation>{kiosk} · {session}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="321"/>
        <source>{admitted} admitted · {refused} refused by officers · {denied} badges denied</source>
        <translation>مقبول: {admitted} · رفض الضابط: {refused} · شارات ممنوعة: {denied}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="331"/>
        <source>{kiosk}: admissions today, in the order the site took them</source>
        <translation>{kiosk}: دخول اليوم بالترتيب الذي تلقّاه به الموقع</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="333"/>
        <source>No admission today.</source>
        <translation>لا دخول اليوم.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="340"/>
        <source>Annul the admission of {badge} made here at {time}?</source>
        <translation>إلغاء دخول {badge} المسجَّل هنا في {time}؟</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="354"/>
        <source>Nothing to show: the site has not answered yet.</source>
        <translation>لا شيء للعرض: لم يستجب الموقع بعد.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="355"/>
        <source>Reading the site…</source>
        <translation>قراءة الموقع…</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="357"/>
        <source>Kiosks: {kiosks} · offline: {offline} · clock off: {clock} · conflicts: {conflicts}</source>
        <translation>الأجهزة: {kiosks} · غير متصل: {offline} · ساعة منحرفة: {clock} · تعارضات: {conflicts}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="362"/>
        <source>as it was at {time}</source>
        <translation>كما كان في {time}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="364"/>
        <source>at {time}, the site&apos;s clock</source>
        <translation>في {time} بتوقيت الموقع</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="373"/>
        <source>No kiosk has reached the site yet.</source>
        <translation>لم يتصل أي جهاز بالموقع بعد.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="375"/>
        <source>Nothing logged today yet.</source>
        <translation>لم يُسجَّل شيء اليوم بعد.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="377"/>
        <source>No conflict: every badge was admitted once.</source>
        <translation>لا تعارض: دخلت كل شارة مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="390"/>
        <source>{kiosk} · {checkpoint}</source>
        <translation>{kiosk} · {checkpoint}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="392"/>
        <location filename="../pages/supervisor_site.py" line="478"/>
        <source>{kiosk} (this kiosk)</source>
        <translation>{kiosk} (هذا الجهاز)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="398"/>
        <source>Online · seen {ago} ago</source>
        <translation>متصل · شوهد منذ {ago}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="400"/>
        <source>OFFLINE · last seen at {time} ({ago} ago)</source>
        <translation>غير متصل · آخر ظهور في {time} (منذ {ago})</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="404"/>
        <source>Office · last seen {ago} ago</source>
        <translation>المكتب · شوهد منذ {ago}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="405"/>
        <source>{seen} · {count} to upload · admitted today: {admitted}</source>
        <translation>{seen} · للإرسال: {count} · دخول اليوم: {admitted}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="409"/>
        <source>No roster</source>
        <translation>لا قائمة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="411"/>
        <source>Roster serial {serial}</source>
        <translation>القائمة رقم {serial}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="413"/>
        <source>Roster serial {serial}, {age} old</source>
        <translation>القائمة رقم {serial}، عمرها {age}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="418"/>
        <source>{roster} (serial {latest} is out)</source>
        <translation>{roster} (صدرت القائمة رقم {latest})</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="425"/>
        <source>ALARM: the site holds {count} fork or rollback alarm(s) on its log</source>
        <translation>إنذار: لدى الموقع إنذارات تفرّع أو تراجع على سجله: {count}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="433"/>
        <source>Clock not measured</source>
        <translation>الساعة غير مقيسة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="438"/>
        <source>CLOCK {seconds} s SLOW (more than {limit} s off the site&apos;s)</source>
        <translation>الساعة متأخرة {seconds} ث (أكثر من {limit} ث عن ساعة الموقع)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="441"/>
        <source>CLOCK {seconds} s FAST (more than {limit} s off the site&apos;s)</source>
        <translation>الساعة متقدمة {seconds} ث (أكثر من {limit} ث عن ساعة الموقع)</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="444"/>
        <source>Clock within {seconds} s of the site&apos;s</source>
        <translation>الساعة في حدود {seconds} ث من ساعة الموقع</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="449"/>
        <source>Badge {badge} admitted twice · {session} · {day}</source>
        <translation>الشارة {badge} دخلت مرتين · {session} · {day}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="453"/>
        <source>Offline: {where}</source>
        <translation>دون اتصال: {where}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="455"/>
        <source>Standing: {where}</source>
        <translation>القائم: {where}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="456"/>
        <source>The standing admission was annulled since.</source>
        <translation>أُلغي الدخول القائم منذ ذلك الحين.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="459"/>
        <source>Annul…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="465"/>
        <source>The decision at {kiosk} has not reached the site yet.</source>
        <translation>لم يصل قرار {kiosk} إلى الموقع بعد.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="469"/>
        <source>To annul the one at {kiosk}: its supervisor mode, The site (or kiosk log annul {id} there).</source>
        <translation>لإلغاء الدخول المسجَّل في {kiosk}: وضع المشرف فيه، الموقع (أو kiosk log annul {id} هناك).</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="472"/>
        <source>Neither was admitted here: annul the mistaken one at its own kiosk.</source>
        <translation>لم يُسجَّل أيّ منهما هنا: ألغِ الدخول الخاطئ على جهازه.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="482"/>
        <source>{kiosk} at {time}, officer {officer}</source>
        <translation>{kiosk} في {time}، الضابط {officer}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="485"/>
        <source>{kiosk} at {time}</source>
        <translation>{kiosk} في {time}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="489"/>
        <source>{time} on the site&apos;s clock · badge {badge}</source>
        <translation>{time} بتوقيت الموقع · الشارة {badge}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="494"/>
        <source>its own clock said {time}</source>
        <translation>ساعته كانت تشير إلى {time}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="497"/>
        <source>admitted offline</source>
        <translation>دخول دون اتصال</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="499"/>
        <source>CONFLICT</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="501"/>
        <source>annulled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="510"/>
        <source>{n} s</source>
        <translation>{n} ث</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="513"/>
        <source>{n} min</source>
        <translation>{n} د</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="516"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_site.py" line="517"/>
        <source>{n} days</source>
        <translation>{n} أيام</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../pages/supervisor.py" line="259"/>
        <source>Supervisor mode · {name}</source>
        <translation>وضع المشرف · {name}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="259"/>
        <source>Supervisor mode</source>
        <translation>وضع المشرف</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="261"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="263"/>
        <source>Checkpoint and session</source>
        <translation>النقطة والجلسة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="264"/>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="265"/>
        <source>Badge status</source>
        <translation>حالة الشارة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="266"/>
        <source>Annul an admission</source>
        <translation>إلغاء دخول</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="267"/>
        <source>Denials today</source>
        <translation>المنع والرفض</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="268"/>
        <source>Today and export</source>
        <translation>اليوم والتصدير</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="272"/>
        <source>Leave or quit</source>
        <translation>المغادرة والإغلاق</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="273"/>
        <source>The site</source>
        <translation>الموقع</translation>
    </message>
</context>
<context>
    <name>SupervisorPinPage</name>
    <message>
        <location filename="../pages/supervisor.py" line="123"/>
        <source>Supervisor: admit offline?</source>
        <translation>المشرف: السماح بالدخول دون اتصال؟</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="125"/>
        <source>The kiosk is offline on data past its age limit. Your PIN admits this holder; it is logged.</source>
        <translation>الكشك غير متصل وبياناته تجاوزت عمرها المسموح. رمزك يسمح بدخول هذا الشخص، ويُسجَّل ذلك.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="128"/>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="129"/>
        <source>Type the supervisor PIN.</source>
        <translation>أدخل رمز المشرف.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="130"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../pages/supervisor.py" line="134"/>
        <source>Too many wrong PINs. The keypad is locked for {seconds} s.</source>
        <translation>رموز خاطئة كثيرة. لوحة الأرقام مقفلة لمدة {seconds} ث.</translation>
    </message>
    <message numerus="yes">
        <location filename="../pages/supervisor.py" line="139"/>
        <source>Wrong PIN. %n attempt(s) left before the keypad locks.</source>
        <translation>
            <numerusform>رمز خاطئ. لم تبقَ أي محاولة قبل قفل لوحة الأرقام.</numerusform>
            <numerusform>رمز خاطئ. بقيت محاولة واحدة قبل قفل لوحة الأرقام.</numerusform>
            <numerusform>رمز خاطئ. بقيت محاولتان قبل قفل لوحة الأرقام.</numerusform>
            <numerusform>رمز خاطئ. بقيت %n محاولات قبل قفل لوحة الأرقام.</numerusform>
            <numerusform>رمز خاطئ. بقيت %n محاولة قبل قفل لوحة الأرقام.</numerusform>
            <numerusform>رمز خاطئ. بقيت %n محاولة قبل قفل لوحة الأرقام.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message numerus="yes">
        <location filename="../pages/supervisor_records.py" line="353"/>
        <source>%n log line(s) written to {path}</source>
        <translation>
            <numerusform>لم يُكتب أي سطر من السجل في {path}</numerusform>
            <numerusform>كُتب سطر واحد من السجل في {path}</numerusform>
            <numerusform>كُتب سطران من السجل في {path}</numerusform>
            <numerusform>كُتبت %n أسطر من السجل في {path}</numerusform>
            <numerusform>كُتب %n سطرًا من السجل في {path}</numerusform>
            <numerusform>كُتب %n سطر من السجل في {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="357"/>
        <source>Export failed: {detail}</source>
        <translation>فشل التصدير: {detail}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="361"/>
        <source>Today at this checkpoint</source>
        <translation>اليوم عند هذه النقطة</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="365"/>
        <source>Admitted: {n}</source>
        <translation>المقبولون: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="366"/>
        <source>Refused by an officer: {n}</source>
        <translation>المرفوضون من الضابط: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="367"/>
        <source>Badges denied: {n}</source>
        <translation>الشارات الممنوعة: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="373"/>
        <source>Scans: {n}</source>
        <translation>عمليات المسح: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="373"/>
        <source>Admissions annulled: {n}</source>
        <translation>الدخول الملغى: {n}</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="378"/>
        <source>Export the log (CSV) on this kiosk</source>
        <translation>تصدير السجل (CSV) على هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="380"/>
        <source>Or onto a removable drive:</source>
        <translation>أو على وسيط تخزين خارجي:</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="380"/>
        <source>No removable drive found.</source>
        <translation>لم يُعثر على وسيط تخزين خارجي.</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="382"/>
        <source>Look again</source>
        <translation>البحث من جديد</translation>
    </message>
    <message>
        <location filename="../pages/supervisor_records.py" line="384"/>
        <source>Export onto {drive}</source>
        <translation>التصدير إلى {drive}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../top_bar.py" line="266"/>
        <source>Officer {number}</source>
        <translation>الضابط {number}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="291"/>
        <source>admitted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="292"/>
        <source>refused by officers</source>
        <translation>رفض الضابط</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="293"/>
        <source>badges denied</source>
        <translation>شارات ممنوعة</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="302"/>
        <source>No image</source>
        <translation>لا صورة</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="315"/>
        <source>{checkpoint} · set by the supervisor</source>
        <translation>{checkpoint} · حدّدها المشرف</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="325"/>
        <source>{checkpoint} · next session at {when}</source>
        <translation>{checkpoint} · الجلسة التالية في {when}</translation>
    </message>
    <message>
        <location filename="../top_bar.py" line="328"/>
        <source>No session open</source>
        <translation>لا جلسة مفتوحة</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../wording.py" line="56"/>
        <source>{time} on {day}</source>
        <translation>{time} يوم {day}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="77"/>
        <source>Refuse entry and call the supervisor.</source>
        <translation>ارفض الدخول واتصل بالمشرف.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="84"/>
        <source>Refuse entry.</source>
        <translation>ارفض الدخول.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="86"/>
        <source>Not a badge of this event</source>
        <translation>ليست شارة هذا الحدث</translation>
    </message>
    <message>
        <location filename="../wording.py" line="86"/>
        <source>Ask for the accreditation badge.</source>
        <translation>اطلب شارة الاعتماد.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="88"/>
        <source>Badge of another event</source>
        <translation>شارة حدث آخر</translation>
    </message>
    <message>
        <location filename="../wording.py" line="91"/>
        <source>Signed with a key this kiosk does not trust.</source>
        <translation>موقّعة بمفتاح لا يثق به هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="93"/>
        <source>The signature does not match: the badge was forged or altered.</source>
        <translation>التوقيع غير مطابق: الشارة مزوّرة أو معدّلة.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="94"/>
        <source>Forged or altered badge</source>
        <translation>شارة مزوّرة أو معدّلة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="97"/>
        <source>The badge is newer than this kiosk&apos;s roster: the roster may be out of date.</source>
        <translation>الشارة أحدث من قائمة هذا الجهاز: ربما القائمة غير محدّثة.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="98"/>
        <source>Badge not on this kiosk&apos;s roster</source>
        <translation>الشارة غير موجودة في قائمة هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../wording.py" line="99"/>
        <source>Unknown badge: not on the roster</source>
        <translation>شارة مجهولة: غير مسجّلة في القائمة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="178"/>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="102"/>
        <source>Badge revoked</source>
        <translation>شارة ملغاة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="105"/>
        <source>Badge suspended</source>
        <translation>شارة موقوفة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="109"/>
        <source>A newer badge was printed (version {new}); this one is version {old}.</source>
        <translation>طُبعت شارة أحدث (الإصدار {new})؛ هذه هي الإصدار {old}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="113"/>
        <source>Old badge: replaced by a newer one</source>
        <translation>شارة قديمة: استُبدلت بأحدث منها</translation>
    </message>
    <message>
        <location filename="../wording.py" line="113"/>
        <source>Refuse this badge; ask for the new one.</source>
        <translation>ارفض هذه الشارة واطلب الجديدة.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="116"/>
        <source>Session now: {session}</source>
        <translation>الجلسة الحالية: {session}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="118"/>
        <source>Their session opens at {when}.</source>
        <translation>تُفتح جلسته في {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="119"/>
        <source>Wrong session: not accredited for this one</source>
        <translation>جلسة خاطئة: غير معتمد لهذه الجلسة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="123"/>
        <source>Appointment at {when}.</source>
        <translation>الموعد في {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="123"/>
        <source>Doors open at {when}.</source>
        <translation>تُفتح الأبواب في {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="125"/>
        <source>Too early</source>
        <translation>مبكر جدًا</translation>
    </message>
    <message>
        <location filename="../wording.py" line="125"/>
        <source>Refuse entry for now; ask them to come back.</source>
        <translation>ارفض الدخول الآن واطلب منه العودة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="127"/>
        <source>The appointment ended at {when}.</source>
        <translation>انتهى الموعد في {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="127"/>
        <source>Entry closed at {when}.</source>
        <translation>أُغلق الدخول في {when}.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="129"/>
        <source>Entry closed</source>
        <translation>الدخول مغلق</translation>
    </message>
    <message>
        <location filename="../wording.py" line="133"/>
        <source>Admitted at {time} through {checkpoint} ({session}).</source>
        <translation>دخل في {time} عبر {checkpoint} ({session}).</translation>
    </message>
    <message>
        <location filename="../wording.py" line="139"/>
        <location filename="../wording.py" line="213"/>
        <source>Already admitted</source>
        <translation>دخل من قبل</translation>
    </message>
    <message>
        <location filename="../wording.py" line="145"/>
        <source>Badge reported lost or stolen</source>
        <translation>شارة مُبلَّغ عن فقدانها أو سرقتها</translation>
    </message>
    <message>
        <location filename="../wording.py" line="146"/>
        <source>Identity to be confirmed with the accreditation office</source>
        <translation>الهوية بانتظار التأكيد لدى مكتب الاعتماد</translation>
    </message>
    <message>
        <location filename="../wording.py" line="147"/>
        <source>Press credential could not be confirmed</source>
        <translation>تعذّر تأكيد الصفة الصحفية</translation>
    </message>
    <message>
        <location filename="../wording.py" line="148"/>
        <source>Required documents missing</source>
        <translation>وثائق مطلوبة ناقصة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="149"/>
        <source>Registered twice: another badge replaces this one</source>
        <translation>مسجّل مرتين: شارة أخرى تحلّ محل هذه</translation>
    </message>
    <message>
        <location filename="../wording.py" line="150"/>
        <source>Accreditation withdrawn by the organiser</source>
        <translation>سحب المنظِّم الاعتماد</translation>
    </message>
    <message>
        <location filename="../wording.py" line="151"/>
        <location filename="../wording.py" line="165"/>
        <source>Security decision</source>
        <translation>قرار أمني</translation>
    </message>
    <message>
        <location filename="../wording.py" line="152"/>
        <location filename="../wording.py" line="166"/>
        <location filename="../wording.py" line="223"/>
        <source>Other reason</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <location filename="../wording.py" line="159"/>
        <source>Lost or stolen</source>
        <translation>مفقودة أو مسروقة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="160"/>
        <source>Identity to confirm</source>
        <translation>الهوية للتأكيد</translation>
    </message>
    <message>
        <location filename="../wording.py" line="161"/>
        <source>Press credential doubtful</source>
        <translation>صفة صحفية مشكوك فيها</translation>
    </message>
    <message>
        <location filename="../wording.py" line="162"/>
        <source>Documents missing</source>
        <translation>وثائق ناقصة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="163"/>
        <source>Registered twice</source>
        <translation>مسجّل مرتين</translation>
    </message>
    <message>
        <location filename="../wording.py" line="164"/>
        <source>Withdrawn by the organiser</source>
        <translation>سحبه المنظِّم</translation>
    </message>
    <message>
        <location filename="../wording.py" line="180"/>
        <source>Roster note: “{note}”</source>
        <translation>ملاحظة القائمة: «{note}»</translation>
    </message>
    <message>
        <location filename="../wording.py" line="191"/>
        <source>{reason}: {note}</source>
        <translation>{reason}: {note}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="193"/>
        <source>REFUSED {time} by officer {officer}, {place} — {reason}</source>
        <translation>مرفوض {time} من قِبل الضابط {officer}، {place} — {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="197"/>
        <source>DENIED {time}, {place} — {reason}</source>
        <translation>ممنوع {time}، {place} — {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="203"/>
        <source>Valid</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="204"/>
        <source>Not a badge</source>
        <translation>ليست شارة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="205"/>
        <source>Forged</source>
        <translation>مزوّرة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="206"/>
        <source>Other event</source>
        <translation>حدث آخر</translation>
    </message>
    <message>
        <location filename="../wording.py" line="207"/>
        <source>Unknown</source>
        <translation>مجهولة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="208"/>
        <source>Superseded</source>
        <translation>مستبدلة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="209"/>
        <source>Suspended</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="210"/>
        <source>Revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="211"/>
        <source>Wrong session</source>
        <translation>جلسة خاطئة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="212"/>
        <source>Outside hours</source>
        <translation>خارج المواعيد</translation>
    </message>
    <message>
        <location filename="../wording.py" line="219"/>
        <source>Identity document does not match</source>
        <translation>وثيقة الهوية غير مطابقة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="220"/>
        <source>No press card or mission letter</source>
        <translation>لا بطاقة صحفية ولا رسالة تكليف</translation>
    </message>
    <message>
        <location filename="../wording.py" line="221"/>
        <source>Refused the security screening</source>
        <translation>رفض التفتيش الأمني</translation>
    </message>
    <message>
        <location filename="../wording.py" line="222"/>
        <source>Behaviour at the door</source>
        <translation>السلوك عند الباب</translation>
    </message>
    <message>
        <location filename="../wording.py" line="224"/>
        <source>Refused by the officer</source>
        <translation>رفض من الضابط</translation>
    </message>
    <message>
        <location filename="../wording.py" line="260"/>
        <source>Camera fault</source>
        <translation>عطل في الكاميرا</translation>
    </message>
    <message>
        <location filename="../wording.py" line="265"/>
        <source>Camera starting</source>
        <translation>الكاميرا قيد التشغيل</translation>
    </message>
    <message>
        <location filename="../wording.py" line="272"/>
        <source>Next: {name} · {badge}
Finish this check first.</source>
        <translation>التالي: {name} · {badge}
أنهِ هذا التحقق أولًا.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="275"/>
        <source>Another badge is waiting.
Finish this check first.</source>
        <translation>شارة أخرى في الانتظار.
أنهِ هذا التحقق أولًا.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="277"/>
        <source>Several badges at once:
one badge at a time, please.</source>
        <translation>عدة شارات في آن واحد:
شارة واحدة في كل مرة من فضلك.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="278"/>
        <source>A badge was shown:
sign in first to check it.</source>
        <translation>عُرضت شارة:
سجّل الدخول أولًا للتحقق منها.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="279"/>
        <source>This badge is already
on the screen.</source>
        <translation>هذه الشارة معروضة
على الشاشة بالفعل.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="280"/>
        <source>Open too long, not recorded:
show the badge again.</source>
        <translation>مفتوح مدة طويلة، لم يُسجَّل:
اعرض الشارة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="308"/>
        <source>OFFLINE</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../wording.py" line="309"/>
        <source>Not admitted yet: {reason}</source>
        <translation>لم يُسمح بالدخول بعد: {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="317"/>
        <source>Already admitted at {checkpoint} at {time} by officer {officer}. Refuse entry and call the supervisor.</source>
        <translation>سبق السماح بدخوله عند {checkpoint} في {time} من قِبل الضابط {officer}. ارفض الدخول واتصل بالمشرف.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="352"/>
        <source>No roster yet</source>
        <translation>لا توجد قائمة بعد</translation>
    </message>
    <message>
        <location filename="../wording.py" line="354"/>
        <source>Roster of {when} (serial {serial})</source>
        <translation>قائمة {when} (رقم {serial})</translation>
    </message>
    <message>
        <location filename="../wording.py" line="357"/>
        <source>Roster imported {when} (unsigned)</source>
        <translation>قائمة مستوردة في {when} (غير موقعة)</translation>
    </message>
    <message>
        <location filename="../wording.py" line="368"/>
        <source>no roster yet</source>
        <translation>لا قائمة بعد</translation>
    </message>
    <message>
        <location filename="../wording.py" line="373"/>
        <source>roster of {when}</source>
        <translation>قائمة {when}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="374"/>
        <source>OFFLINE since {time} · {roster} · {count} to upload</source>
        <translation>غير متصل منذ {time} · {roster} · للإرسال: {count}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="388"/>
        <source>CLOCK {span} FAST · sessions judged on the site&apos;s time</source>
        <translation>الساعة متقدمة {span} · تُقدَّر الجلسات بتوقيت الموقع</translation>
    </message>
    <message>
        <location filename="../wording.py" line="389"/>
        <source>CLOCK {span} SLOW · sessions judged on the site&apos;s time</source>
        <translation>الساعة متأخرة {span} · تُقدَّر الجلسات بتوقيت الموقع</translation>
    </message>
    <message>
        <location filename="../wording.py" line="393"/>
        <source>CLOCK {span} FAST: too far off to correct, have it set</source>
        <translation>الساعة متقدمة {span}: فرق يتعذّر تصحيحه، اطلب ضبطها</translation>
    </message>
    <message>
        <location filename="../wording.py" line="394"/>
        <source>CLOCK {span} SLOW: too far off to correct, have it set</source>
        <translation>الساعة متأخرة {span}: فرق يتعذّر تصحيحه، اطلب ضبطها</translation>
    </message>
    <message>
        <location filename="../wording.py" line="401"/>
        <source>{seconds} s</source>
        <translation>{seconds} ث</translation>
    </message>
    <message>
        <location filename="../wording.py" line="404"/>
        <source>{minutes} min</source>
        <translation>{minutes} د</translation>
    </message>
    <message>
        <location filename="../wording.py" line="407"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} س {minutes} د</translation>
    </message>
    <message>
        <location filename="../wording.py" line="408"/>
        <source>{days} days</source>
        <translation>{days} أيام</translation>
    </message>
    <message>
        <location filename="../wording.py" line="230"/>
        <source>Passport</source>
        <translation>جواز سفر</translation>
    </message>
    <message>
        <location filename="../wording.py" line="231"/>
        <source>National identity card</source>
        <translation>بطاقة التعريف الوطنية</translation>
    </message>
    <message>
        <location filename="../wording.py" line="232"/>
        <source>Residence permit</source>
        <translation>بطاقة الإقامة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="238"/>
        <source>Journalist</source>
        <translation>صحفي</translation>
    </message>
    <message>
        <location filename="../wording.py" line="239"/>
        <source>Photographer</source>
        <translation>مصوّر</translation>
    </message>
    <message>
        <location filename="../wording.py" line="240"/>
        <source>Camera operator</source>
        <translation>مصوّر فيديو</translation>
    </message>
    <message>
        <location filename="../wording.py" line="241"/>
        <source>Technician</source>
        <translation>تقني</translation>
    </message>
    <message>
        <location filename="../wording.py" line="242"/>
        <source>Producer</source>
        <translation>منتج</translation>
    </message>
    <message>
        <location filename="../wording.py" line="243"/>
        <source>Fixer</source>
        <translation>منسّق ميداني</translation>
    </message>
    <message>
        <location filename="../wording.py" line="254"/>
        <source>Camera starting…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <location filename="../wording.py" line="251"/>
        <location filename="../wording.py" line="262"/>
        <source>Camera on</source>
        <translation>الكاميرا تعمل</translation>
    </message>
    <message>
        <location filename="../wording.py" line="249"/>
        <source>Camera unavailable — retrying</source>
        <translation>الكاميرا غير متاحة — إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="253"/>
        <location filename="../wording.py" line="264"/>
        <source>Video ended</source>
        <translation>انتهى الفيديو</translation>
    </message>
    <message>
        <location filename="../wording.py" line="287"/>
        <source>the badge was revoked since the scan</source>
        <translation>أُلغيت الشارة منذ قراءتها</translation>
    </message>
    <message>
        <location filename="../wording.py" line="288"/>
        <source>the badge was suspended since the scan</source>
        <translation>عُلّقت الشارة منذ قراءتها</translation>
    </message>
    <message>
        <location filename="../wording.py" line="289"/>
        <source>a newer badge was printed since the scan</source>
        <translation>طُبعت شارة أحدث منذ القراءة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="290"/>
        <source>not accredited for the session now</source>
        <translation>غير معتمد للجلسة الحالية</translation>
    </message>
    <message>
        <location filename="../wording.py" line="291"/>
        <source>outside the session&apos;s hours or appointment now</source>
        <translation>خارج مواعيد الجلسة أو الموعد الآن</translation>
    </message>
    <message>
        <location filename="../wording.py" line="292"/>
        <source>already admitted meanwhile</source>
        <translation>سبق قبوله في الأثناء</translation>
    </message>
    <message>
        <location filename="../wording.py" line="293"/>
        <source>the badge is no longer on the roster</source>
        <translation>لم تعد الشارة في القائمة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="294"/>
        <source>the check took too long</source>
        <translation>استغرق التحقق وقتًا طويلًا</translation>
    </message>
    <message>
        <location filename="../wording.py" line="295"/>
        <source>the kiosk&apos;s clock went back</source>
        <translation>عادت ساعة الجهاز إلى الوراء</translation>
    </message>
    <message>
        <location filename="../wording.py" line="296"/>
        <source>the officer is not on this kiosk&apos;s staff list</source>
        <translation>الموظف غير مدرج في قائمة موظفي هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../wording.py" line="297"/>
        <source>offline, on old data</source>
        <translation>دون اتصال، على بيانات قديمة</translation>
    </message>
    <message>
        <location filename="../wording.py" line="301"/>
        <source>the log refused the decision</source>
        <translation>رفض السجل القرار</translation>
    </message>
    <message>
        <location filename="../wording.py" line="310"/>
        <source>The roster may be out of date. A supervisor&apos;s PIN can admit this holder (it is logged), or go back and refuse entry.</source>
        <translation>قد تكون القائمة قديمة. يمكن لرمز المشرف السماح بدخول هذا الشخص (ويُسجَّل ذلك)، وإلا فارجع وارفض الدخول.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="315"/>
        <source>Nothing was recorded. Show the badge again to check it anew.</source>
        <translation>لم يُسجَّل شيء. اعرض الشارة مرة أخرى لإعادة التحقق منها.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="324"/>
        <source>Nothing was recorded. Refuse entry and call the supervisor.</source>
        <translation>لم يُسجَّل شيء. ارفض الدخول واتصل بالمشرف.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="327"/>
        <source>Not admitted: {reason}</source>
        <translation>غير مقبول: {reason}</translation>
    </message>
    <message>
        <location filename="../wording.py" line="332"/>
        <location filename="../wording.py" line="342"/>
        <source>ERROR</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../wording.py" line="333"/>
        <source>Scan not recorded</source>
        <translation>لم يُسجَّل المسح</translation>
    </message>
    <message>
        <location filename="../wording.py" line="334"/>
        <source>The badge could not be checked. Ask for the badge again; if this repeats, call the supervisor.</source>
        <translation>تعذّر التحقق من الشارة. اطلب الشارة مرة أخرى؛ وإذا تكرر ذلك فاتصل بالمشرف.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="337"/>
        <source>NOT SAVED</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <location filename="../wording.py" line="338"/>
        <source>Decision not recorded</source>
        <translation>لم يُسجَّل القرار</translation>
    </message>
    <message>
        <location filename="../wording.py" line="339"/>
        <source>Nothing was saved: do not admit yet. Try again; if this repeats, call the supervisor.</source>
        <translation>لم يُحفظ شيء: لا تسمح بالدخول بعد. أعد المحاولة؛ وإذا تكرر ذلك فاتصل بالمشرف.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="326"/>
        <source>NOT ADMITTED</source>
        <translation>غير مقبول</translation>
    </message>
    <message>
        <location filename="../wording.py" line="322"/>
        <source>This badge was admitted meanwhile at another checkpoint. Refuse entry and call the supervisor.</source>
        <translation>قُبلت هذه الشارة في الأثناء عند نقطة تفتيش أخرى. ارفض الدخول واتصل بالمشرف.</translation>
    </message>
    <message>
        <location filename="../wording.py" line="343"/>
        <source>Action failed</source>
        <translation>فشل الإجراء</translation>
    </message>
    <message>
        <location filename="../wording.py" line="344"/>
        <source>Try again; if this repeats, call the supervisor.</source>
        <translation>أعد المحاولة؛ وإذا تكرر ذلك فاتصل بالمشرف.</translation>
    </message>
</context>
</TS>
