#include "demodata/TopicCatalogue.h"

namespace switchboard::demodata {

using namespace Qt::StringLiterals;

namespace {

Topic deliveryDelay() {
    return {
        DemoQueue::Deliveries,
        {u"Delivery delay"_s},
        true,
        false,
        14,
        {u"Siparişim hâlâ gelmedi ({order})"_s,
         u"Η παραγγελία μου δεν έχει φτάσει ακόμα ({order})"_s,
         u"Order {order} still not delivered"_s},
        {u"{order} numaralı siparişimi ({product}) bir hafta önce verdim ama hâlâ elime "
         u"ulaşmadı. Kargo takip sayfası da günlerdir güncellenmiyor. Ne zaman teslim edilecek?"_s,
         u"Έκανα την παραγγελία {order} ({product}) πριν από μία εβδομάδα και ακόμα δεν την έχω "
         u"παραλάβει. Η σελίδα παρακολούθησης δεν έχει ενημερωθεί εδώ και μέρες. Πότε θα έρθει;"_s,
         u"I ordered the {product} a week ago (order {order}) and it still hasn't arrived. The "
         u"tracking page hasn't changed for days. When will it be delivered?"_s},
        {u"Siparişinizi kontrol ettim; kargo firmasının aktarma merkezinde bir gecikme olmuş. "
         u"Paketiniz yarın dağıtıma çıkacak, takip bağlantısını SMS ile gönderdim."_s,
         u"Έλεγξα την παραγγελία σας· υπήρξε καθυστέρηση στο κέντρο διαλογής της εταιρείας "
         u"κούριερ. Το δέμα σας θα παραδοθεί αύριο και σας στείλαμε τον σύνδεσμο "
         u"παρακολούθησης με SMS."_s,
         u"I've checked your order: the courier had a delay at their sorting hub. Your parcel "
         u"is out for delivery tomorrow and I've texted you the tracking link."_s},
        u"Courier confirmed the parcel was stuck at the hub; chased them for delivery tomorrow."_s,
        u"Customer asked where their order is; courier delay explained, tracking link sent."_s};
}

Topic returnRequest() {
    return {DemoQueue::Returns,
            {u"Refund"_s},
            true,
            false,
            10,
            {u"İade talebi: {product}"_s, u"Αίτημα επιστροφής: {product}"_s,
             u"Return request: {product}"_s},
            {u"{order} numaralı siparişimdeki ürün ({product}) beklediğim gibi çıkmadı, iade etmek "
             u"istiyorum. Ücret iadesi ne kadar sürer?"_s,
             u"Θέλω να επιστρέψω το προϊόν «{product}» από την παραγγελία {order}, γιατί δεν είναι "
             u"αυτό που περίμενα. Σε πόσο καιρό θα γίνει η επιστροφή χρημάτων;"_s,
             u"I'd like to return the {product} from order {order}, it isn't what I expected. How "
             u"long does the refund take?"_s},
            {u"İade talebinizi oluşturdum ve kargo kodunu e-posta adresinize gönderdim. Ürün "
             u"depomuza ulaştıktan sonra ücret iadesi 3-5 iş günü içinde kartınıza yansır."_s,
             u"Δημιούργησα το αίτημα επιστροφής σας και σας στείλαμε τον κωδικό αποστολής με "
             u"email. Μόλις το προϊόν φτάσει στην αποθήκη μας, τα χρήματα θα επιστραφούν στην "
             u"κάρτα σας σε 3-5 εργάσιμες."_s,
             u"I've opened the return for you and emailed a prepaid label. Once the item reaches "
             u"our warehouse, the refund reaches your card within 3-5 working days."_s},
            u"Return authorised; refund to be released when the warehouse scans the parcel."_s,
            u"Customer wants to return an item; return label sent by email."_s};
}

Topic doubleCharge() {
    return {
        DemoQueue::Billing,
        {u"Billing error"_s},
        false,
        false,
        9,
        {u"Kartımdan iki kez ödeme alındı"_s, u"Χρεώθηκα δύο φορές"_s, u"I was charged twice"_s},
        {u"Son alışverişimde kredi kartımdan aynı tutar iki kez çekilmiş. Ekstremi ekte "
         u"gönderiyorum. Fazla çekilen tutarın iadesini rica ediyorum."_s,
         u"Στην τελευταία μου αγορά η κάρτα μου χρεώθηκε δύο φορές το ίδιο ποσό. Σας επισυνάπτω "
         u"την κίνηση του λογαριασμού. Παρακαλώ επιστρέψτε μου το επιπλέον ποσό."_s,
         u"My card was charged twice for my last purchase. I've attached my statement. Please "
         u"refund the extra payment."_s},
        {u"Kontrol ettim, ödeme sistemimizde mükerrer bir provizyon oluşmuş. Fazla tutarın "
         u"iadesini başlattım; bankanıza bağlı olarak 2-7 gün içinde hesabınıza geçecektir."_s,
         u"Το έλεγξα και πράγματι δημιουργήθηκε διπλή δέσμευση ποσού στο σύστημα πληρωμών. "
         u"Ξεκίνησα την επιστροφή του επιπλέον ποσού· ανάλογα με την τράπεζά σας, θα "
         u"εμφανιστεί σε 2-7 ημέρες."_s,
         u"I've checked and our payment provider did take a duplicate authorisation. I've "
         u"started the refund of the extra amount; depending on your bank it will show within "
         u"2-7 days."_s},
        u"Duplicate authorisation confirmed with the payment provider; refund raised with finance."_s,
        u"Customer reported a double charge; refund of the duplicate started."_s};
}

Topic companyInvoice() {
    return {
        DemoQueue::Billing,
        {},
        false,
        false,
        5,
        {u"Kurumsal fatura talebi"_s, u"Αίτημα για τιμολόγιο"_s, u"Invoice with VAT number"_s},
        {u"Şirketim adına kurumsal fatura almam gerekiyor. Son siparişimin faturasını vergi "
         u"numaramla yeniden düzenleyebilir misiniz?"_s,
         u"Χρειάζομαι τιμολόγιο στο όνομα της εταιρείας μου αντί για απόδειξη. Μπορείτε να "
         u"εκδώσετε ξανά το παραστατικό της τελευταίας παραγγελίας με το ΑΦΜ μου;"_s,
         u"Could you reissue the invoice for my last order with my company name and VAT "
         u"number? Our accounts team needs it."_s},
        {u"Faturanızı şirket bilgilerinizle yeniden düzenledim ve e-posta adresinize gönderdim. "
         u"Sonraki siparişlerinizde de bu bilgiler kullanılacak."_s,
         u"Εξέδωσα το τιμολόγιο με τα στοιχεία της εταιρείας σας και σας το στείλαμε με email. "
         u"Τα στοιχεία αυτά θα χρησιμοποιούνται και στις επόμενες παραγγελίες σας."_s,
         u"I've reissued the invoice with your company details and emailed it to you. We'll use "
         u"the same details on your future orders."_s},
        u"Invoice reissued with the company details; customer profile updated."_s,
        u"Customer asked for a company invoice; reissued and emailed."_s};
}

Topic deviceFault() {
    return {
        DemoQueue::TechnicalSupport,
        {u"Technical problem"_s},
        true,
        false,
        14,
        {u"{product} çalışmıyor"_s, u"Δεν λειτουργεί σωστά: {product}"_s,
         u"{product} keeps switching off"_s},
        {u"Geçen ay aldığım ürün ({product}) birkaç gündür düzgün çalışmıyor. Açılıyor ama "
         u"birkaç dakika sonra kendiliğinden kapanıyor. Sıfırlamayı denedim, işe yaramadı."_s,
         u"Το προϊόν «{product}» που αγόρασα τον προηγούμενο μήνα δεν λειτουργεί σωστά εδώ και "
         u"λίγες μέρες. Ανάβει, αλλά μετά από λίγα λεπτά κλείνει μόνο του. Δοκίμασα επαναφορά, "
         u"χωρίς αποτέλεσμα."_s,
         u"The {product} I bought recently has stopped working properly. It turns on, then "
         u"switches itself off after a few minutes. I've tried a reset, no luck."_s},
        {u"Anlattıklarınıza göre bir yazılım güncellemesi gerekiyor. Güncelleme adımlarını "
         u"gönderdim; sorun devam ederse ücretsiz servis kaydı açacağım."_s,
         u"Από όσα περιγράφετε, χρειάζεται ενημέρωση λογισμικού. Σας έστειλα τα βήματα "
         u"εγκατάστασης· αν το πρόβλημα συνεχιστεί, θα ανοίξω δωρεάν αίτημα επισκευής."_s,
         u"From what you describe it needs a firmware update. I've sent you the steps; if the "
         u"problem continues I'll book a free repair."_s},
        u"Known firmware issue on this batch; sent update steps, book a repair if it persists."_s,
        u"Troubleshot a device that switches itself off; firmware update steps sent."_s};
}

Topic loginOutage() {
    return {
        DemoQueue::TechnicalSupport,
        {u"Incident"_s, u"Technical problem"_s},
        false,
        true,
        6,
        {u"Uygulamaya giriş yapamıyorum"_s, u"Δεν μπορώ να συνδεθώ στην εφαρμογή"_s,
         u"Can't log in to the app"_s},
        {u"Bu sabahtan beri mobil uygulamaya giriş yapamıyorum, sürekli \"Beklenmeyen bir hata "
         u"oluştu\" mesajı çıkıyor. Şifremi de sıfırladım ama değişen bir şey olmadı."_s,
         u"Από σήμερα το πρωί δεν μπορώ να συνδεθώ στην εφαρμογή, εμφανίζεται συνέχεια το μήνυμα "
         u"«Παρουσιάστηκε απρόσμενο σφάλμα». Έκανα και επαναφορά κωδικού, αλλά τίποτα."_s,
         u"Since this morning I can't log in to the app, it keeps saying \"Something went "
         u"wrong\". I've reset my password and it made no difference."_s},
        {u"Şu anda giriş servisimizde genel bir arıza var ve ekibimiz üzerinde çalışıyor. Sorun "
         u"giderildiğinde size haber vereceğim; anlayışınız için teşekkür ederiz."_s,
         u"Αυτή τη στιγμή υπάρχει γενική βλάβη στην υπηρεσία σύνδεσης και η ομάδα μας εργάζεται "
         u"για την αποκατάστασή της. Θα σας ενημερώσω μόλις λυθεί· ευχαριστούμε για την "
         u"υπομονή σας."_s,
         u"We currently have an outage on our login service and the team is working on it. "
         u"I'll let you know as soon as it's fixed; thanks for bearing with us."_s},
        u"Linked to the ongoing login outage; tell the customer when it is resolved."_s,
        u"Caller affected by the login outage; explained and promised an update."_s};
}

Topic bulkQuote() {
    return {DemoQueue::Sales,
            {u"Sales lead"_s},
            false,
            false,
            6,
            {u"Toplu alım için fiyat teklifi"_s, u"Προσφορά για αγορά σε ποσότητα"_s,
             u"Quote for a bulk order"_s},
            {u"Ofisimiz için 25 adet dizüstü bilgisayar ve aksesuar almayı düşünüyoruz. Kurumsal "
             u"fiyat teklifi ve teslim süresi hakkında bilgi alabilir miyim?"_s,
             u"Σκεφτόμαστε να αγοράσουμε 25 φορητούς υπολογιστές και αξεσουάρ για το γραφείο μας. "
             u"Μπορείτε να μας στείλετε εταιρική προσφορά και χρόνο παράδοσης;"_s,
             u"We're looking to buy 25 laptops plus accessories for our office. Could you send a "
             u"business quote and lead times?"_s},
            {u"İlginiz için teşekkürler! 25 adet ve üzeri alımlarda kurumsal indirim uyguluyoruz. "
             u"Teklifi bugün e-posta ile gönderiyorum; teslimat yaklaşık bir hafta sürer."_s,
             u"Σας ευχαριστούμε για το ενδιαφέρον! Για αγορές 25 τεμαχίων και άνω ισχύει ειδική "
             u"εταιρική έκπτωση. Θα σας στείλω την προσφορά σήμερα με email· η παράδοση διαρκεί "
             u"περίπου μία εβδομάδα."_s,
             u"Thanks for getting in touch! Orders of 25 units or more get our business discount. "
             u"I'll email the quote today; delivery takes about a week."_s},
            u"Good lead: 25 laptops, decision this month. Follow up on Friday."_s,
            u"Business customer asked for a bulk quote; quote to follow by email."_s};
}

Topic featureIdea() {
    return {
        DemoQueue::CustomerCare,
        {u"Feature request"_s},
        false,
        false,
        5,
        {u"Öneri: kargo için anlık bildirim"_s, u"Πρόταση: ειδοποιήσεις για την αποστολή"_s,
         u"Suggestion: delivery notifications"_s},
        {u"Uygulamanızı çok beğeniyorum ama kargom dağıtıma çıktığında anlık bildirim gelse çok "
         u"iyi olurdu. Böyle bir özellik eklemeyi düşünür müsünüz?"_s,
         u"Μου αρέσει πολύ η εφαρμογή σας, αλλά θα ήταν πολύ χρήσιμο να λαμβάνω ειδοποίηση όταν "
         u"το δέμα βγαίνει για παράδοση. Θα μπορούσατε να το προσθέσετε;"_s,
         u"I love the app, but it would be great to get a push notification when my parcel is "
         u"out for delivery. Any chance you could add that?"_s},
        {u"Öneriniz için çok teşekkür ederiz! Ürün ekibimize ilettim; bu tür talepler özelliğin "
         u"yol haritamızda öne çıkmasını sağlıyor."_s,
         u"Σας ευχαριστούμε πολύ για την πρόταση! Την προώθησα στην ομάδα προϊόντος· τέτοια "
         u"αιτήματα βοηθούν να μπει η λειτουργία πιο ψηλά στον προγραμματισμό μας."_s,
         u"Thank you for the suggestion! I've passed it to our product team; requests like "
         u"yours help move a feature up the roadmap."_s},
        u"Logged on the product feedback board under notifications."_s,
        u"Customer suggested delivery notifications; logged as a feature request."_s};
}

Topic sharedPhotos() {
    return {
        DemoQueue::Social,
        {u"UGC"_s},
        true,
        false,
        4,
        {u"Paylaşımınız: {product}"_s, u"Η ανάρτησή σας: {product}"_s, u"Your post: {product}"_s},
        {u"Yeni aldığım ürünle ({product}) çektiğim fotoğrafları sizi etiketleyerek paylaştım "
         u"😊 Sayfanızda kullanmak isterseniz memnun olurum!"_s,
         u"Ανέβασα φωτογραφίες με την καινούργια μου αγορά, «{product}», και σας έκανα tag 😊 "
         u"Αν θέλετε, μπορείτε να τις χρησιμοποιήσετε στη σελίδα σας!"_s,
         u"Posted some photos of my new {product} and tagged you 😊 Feel free to use them on "
         u"your page!"_s},
        {u"Harika fotoğraflar, paylaştığınız için teşekkürler! İzin verirseniz adınızı "
         u"belirterek hesabımızda yeniden paylaşmak isteriz."_s,
         u"Υπέροχες φωτογραφίες, ευχαριστούμε που τις μοιραστήκατε! Θα θέλαμε να τις "
         u"αναδημοσιεύσουμε στον λογαριασμό μας με αναφορά στο όνομά σας."_s,
         u"Lovely photos, thanks for sharing! We'd love to repost them on our account with "
         u"credit to you."_s},
        u"Customer agreed to the repost; added to the UGC folder for marketing."_s,
        u"Customer called about reposting their photos; consent given."_s};
}

Topic serviceComplaint() {
    return {
        DemoQueue::CustomerCare,
        {u"Complaint"_s},
        false,
        false,
        6,
        {u"Müşteri hizmetlerinden memnun kalmadım"_s, u"Δυσαρέσκεια για την εξυπηρέτηση"_s,
         u"Unhappy with your customer service"_s},
        {u"Geçen hafta üç kez aradım ve her seferinde farklı bir şey söylendi, sorunum hâlâ "
         u"çözülmedi. Bu konuda bir yetkiliyle görüşmek istiyorum."_s,
         u"Την περασμένη εβδομάδα τηλεφώνησα τρεις φορές και κάθε φορά μου έλεγαν κάτι "
         u"διαφορετικό, ενώ το θέμα μου δεν έχει λυθεί ακόμα. Θέλω να μιλήσω με κάποιον "
         u"υπεύθυνο."_s,
         u"I called three times last week and was told something different each time, and my "
         u"issue still isn't sorted. I'd like to speak to a manager."_s},
        {u"Yaşadığınız durum için gerçekten özür dileriz. Kaydınızı bizzat üstleniyorum ve "
         u"sorun çözülene kadar sizinle ben ilgileneceğim."_s,
         u"Λυπούμαστε πραγματικά για την ταλαιπωρία. Αναλαμβάνω προσωπικά το αίτημά σας και θα "
         u"είμαι σε επικοινωνία μαζί σας μέχρι να λυθεί."_s,
         u"I'm really sorry about how this has gone. I'm taking ownership of your case "
         u"personally and will stay with it until it's resolved."_s},
        u"Escalation risk: earlier contacts gave conflicting answers. Owner assigned, lead told."_s,
        u"Unhappy caller asked for a manager; case taken over personally."_s};
}

Topic addressChange() {
    return {DemoQueue::CustomerCare,
            {},
            false,
            false,
            6,
            {u"Teslimat adresimi değiştirmek istiyorum"_s, u"Αλλαγή διεύθυνσης αποστολής"_s,
             u"Change my delivery address"_s},
            {u"Yeni bir eve taşındım. Hesabımdaki teslimat adresini güncellemek istiyorum ama "
             u"uygulamada adresi kaydederken hata alıyorum."_s,
             u"Μετακόμισα πρόσφατα και θέλω να αλλάξω τη διεύθυνση αποστολής στον λογαριασμό μου, "
             u"αλλά η εφαρμογή βγάζει σφάλμα όταν την αποθηκεύω."_s,
             u"I've just moved house and need to update the delivery address on my account, but "
             u"the app shows an error when I save it."_s},
            {u"Adresinizi hesabınızda güncelledim. Uygulamadaki kaydetme hatası bilinen bir sorun, "
             u"bir sonraki sürümde düzeltilecek."_s,
             u"Ενημέρωσα τη διεύθυνση στον λογαριασμό σας. Το σφάλμα κατά την αποθήκευση είναι "
             u"γνωστό και θα διορθωθεί στην επόμενη έκδοση."_s,
             u"I've updated the address on your account for you. The save error in the app is a "
             u"known issue and will be fixed in the next release."_s},
            u"Address changed on the customer's behalf; app bug already reported."_s,
            u"Customer moved house; delivery address updated on their behalf."_s};
}

} // namespace

TopicCatalogue::TopicCatalogue()
    : topics_{deliveryDelay(), returnRequest(),    doubleCharge(), companyInvoice(),
              deviceFault(),   loginOutage(),      bulkQuote(),    featureIdea(),
              sharedPhotos(),  serviceComplaint(), addressChange()} {}

} // namespace switchboard::demodata
