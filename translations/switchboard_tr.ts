<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>CannedReplyLibrary</name>
    <message>
        <source>Greeting</source>
        <translation>Karşılama</translation>
    </message>
    <message>
        <source>Hello {{first_name}}, thank you for contacting us. How can I help you today?</source>
        <translation>Merhaba {{first_name}}, bize ulaştığınız için teşekkür ederiz. Bugün size nasıl yardımcı olabilirim?</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Sipariş durumu</translation>
    </message>
    <message>
        <source>Hello {{first_name}}, I have checked your order {{last_order}}: it is on its way and should reach you within two working days.</source>
        <translation>Merhaba {{first_name}}, {{last_order}} numaralı siparişinizi kontrol ettim: yolda ve iki iş günü içinde size ulaşmış olmalı.</translation>
    </message>
    <message>
        <source>Refund started</source>
        <translation>İade başlatıldı</translation>
    </message>
    <message>
        <source>Hello {{first_name}}, the refund for your order {{last_order}} has been started today. It usually reaches your account within 5 working days.</source>
        <translation>Merhaba {{first_name}}, {{last_order}} numaralı siparişinizin iadesi bugün başlatıldı. Tutar genellikle 5 iş günü içinde hesabınıza geçer.</translation>
    </message>
    <message>
        <source>Callback arranged</source>
        <translation>Geri arama planlandı</translation>
    </message>
    <message>
        <source>Thank you {{first_name}}. We will call you back within one working day.</source>
        <translation>Teşekkürler {{first_name}}. Bir iş günü içinde sizi geri arayacağız.</translation>
    </message>
    <message>
        <source>Need more details</source>
        <translation>Daha fazla bilgi gerekiyor</translation>
    </message>
    <message>
        <source>Could you send me a photo of the product and your order number, {{first_name}}? Then I can look into it straight away.</source>
        <translation>{{first_name}}, ürünün bir fotoğrafını ve sipariş numaranızı gönderebilir misiniz? Böylece hemen inceleyebilirim.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Kapanış</translation>
    </message>
    <message>
        <source>I am glad we could solve this, {{first_name}}. Have a lovely day!</source>
        <translation>Sorunu çözebildiğimize sevindim {{first_name}}. İyi günler dilerim!</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sosyal medya</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Görüntülü</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Beklemede</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ertelendi</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Çözüldü</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Düşük</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Yüksek</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Acil</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Müsait</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Meşgul</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Uzakta</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Ara sıra</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Sadık</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Kayıp riski</translation>
    </message>
    <message>
        <source>Callback needed</source>
        <translation>Geri arama gerekli</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Üst birime aktarıldı</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Yanlış numara</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Cevapsız</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Sesli mesaj</translation>
    </message>
    <message>
        <source>now</source>
        <translation>şimdi</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 sa</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1 içinde</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>%1 gecikti</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Cevaplandı</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Arayan kapattı</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Bilgi verildi</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not create the folder of the local cache %1</source>
        <translation>Yerel önbellek klasörü oluşturulamadı: %1</translation>
    </message>
    <message>
        <source>Could not open the local cache %1: %2</source>
        <translation>Yerel önbellek %1 açılamadı: %2</translation>
    </message>
</context>
<context>
    <name>switchboard::app::DeskLauncher</name>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>Kullanıcı adı ya da parola doğru değil.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Çok fazla başarısız deneme. %n saniye sonra yeniden deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not answer. Check the address and the network.</source>
        <translation>Sunucu yanıt vermiyor. Adresi ve ağ bağlantısını kontrol edin.</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer: %1</source>
        <translation>Sunucu beklenmeyen bir yanıt verdi: %1</translation>
    </message>
    <message>
        <source>The demo agent could not sign in: %1</source>
        <translation>Demo temsilcisi oturum açamadı: %1</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
</context>
<context>
    <name>switchboard::app::DeskSession</name>
    <message>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <source>%1 Yours: &quot;%2&quot;. Now: &quot;%3&quot;.</source>
        <translation>%1 Sizinki: &quot;%2&quot;. Şu anki: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>Oturum kapandı: %1</translation>
    </message>
</context>
<context>
    <name>switchboard::app::EmbeddedDemoServer</name>
    <message>
        <source>Could not create a folder for the demo server: %1</source>
        <translation>Demo sunucusu için klasör oluşturulamadı: %1</translation>
    </message>
    <message>
        <source>Could not seed the demo data: %1</source>
        <translation>Demo verileri yüklenemedi: %1</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Demo sunucusu başlatılamadı: %1</translation>
    </message>
    <message>
        <source>The demo traffic could not start: %1</source>
        <translation>Demo trafiği başlatılamadı: %1</translation>
    </message>
</context>
<context>
    <name>switchboard::models::CallLog</name>
    <message>
        <source>Withheld</source>
        <translation>Gizli numara</translation>
    </message>
</context>
<context>
    <name>switchboard::models::SearchResultsModel</name>
    <message>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
</context>
<context>
    <name>switchboard::models::ViewListModel</name>
    <message>
        <source>Views</source>
        <translation>Görünümler</translation>
    </message>
    <message>
        <source>My open</source>
        <translation>Açık olanlarım</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Atanmamış</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Ertelendi</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Çözüldü</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Kuyruklar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::AssignMenu</name>
    <message>
        <source>Assign</source>
        <translation>Ata</translation>
    </message>
    <message>
        <source>Assign conversation</source>
        <translation>Görüşmeyi ata</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Bana ata</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>Atamayı &amp;kaldır</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Temsilciler</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Kuyruklar</translation>
    </message>
    <message>
        <source>%1 (%2, %3 open)</source>
        <translation>%1 (%2, %3 açık)</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::CallAlerts</name>
    <message>
        <source>&amp;Ring sound</source>
        <translation>&amp;Zil sesi</translation>
    </message>
    <message>
        <source>Beep every two seconds while a call rings</source>
        <translation>Bir arama çalarken iki saniyede bir bip sesi çal</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>%1 customers with this number</source>
        <translation>Bu numaraya sahip %1 müşteri</translation>
    </message>
    <message>
        <source>withheld number</source>
        <translation>gizli numara</translation>
    </message>
    <message>
        <source>Outgoing call — %1</source>
        <translation>Giden arama — %1</translation>
    </message>
    <message>
        <source>Incoming call — %1</source>
        <translation>Gelen arama — %1</translation>
    </message>
    <message>
        <source>Click to see the caller.</source>
        <translation>Arayanı görmek için tıklayın.</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::CallListDialog</name>
    <message>
        <source>Calls</source>
        <translation>Aramalar</translation>
    </message>
    <message>
        <source>Calls in this session</source>
        <translation>Bu oturumdaki aramalar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Arayan</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Yön</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Giden</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Gelen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sürüyor</translation>
    </message>
    <message>
        <source>Log a callback…</source>
        <translation>Geri arama kaydet…</translation>
    </message>
    <message>
        <source>Log a callback for this call</source>
        <translation>Bu arama için geri arama kaydet</translation>
    </message>
    <message>
        <source>Open the wrap-up for this call, to call the customer back</source>
        <translation>Müşteriyi geri aramak için bu aramanın sonuç formunu aç</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::CallPopWindow</name>
    <message>
        <source>Incoming call</source>
        <translation>Gelen arama</translation>
    </message>
    <message>
        <source>&amp;Accept the ringing call</source>
        <translation>Çalan aramayı &amp;kabul et</translation>
    </message>
    <message>
        <source>Open the caller&apos;s profile (%1)</source>
        <translation>Arayanın profilini aç (%1)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Arayan</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Kabul et</translation>
    </message>
    <message>
        <source>Accept the call</source>
        <translation>Aramayı kabul et</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Reddet</translation>
    </message>
    <message>
        <source>Decline the call</source>
        <translation>Aramayı reddet</translation>
    </message>
    <message>
        <source>Offer the call to the next free agent</source>
        <translation>Aramayı sıradaki boş temsilciye aktar</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Yok say</translation>
    </message>
    <message>
        <source>Ignore the call</source>
        <translation>Aramayı yok say</translation>
    </message>
    <message>
        <source>Hide this window; the phone keeps ringing (Esc)</source>
        <translation>Bu pencereyi gizle; telefon çalmaya devam eder (Esc)</translation>
    </message>
    <message>
        <source>withheld number</source>
        <translation>gizli numara</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Giden arama</translation>
    </message>
    <message>
        <source>1 more waiting</source>
        <translation>1 arama daha bekliyor</translation>
    </message>
    <message>
        <source>%1 more waiting</source>
        <translation>%1 arama daha bekliyor</translation>
    </message>
    <message>
        <source>%1 customers with this number</source>
        <translation>Bu numaraya sahip %1 müşteri</translation>
    </message>
    <message>
        <source>Withheld caller</source>
        <translation>Gizli numaralı arayan</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Bilinmeyen arayan</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>Görüşmede</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · queue %3</source>
        <translation>%1 · %2 · kuyruk %3</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>Müşteriyi &amp;aç</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::CallerCardView</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Segment and lifetime value</source>
        <translation>Segment ve toplam değer</translation>
    </message>
    <message>
        <source>Company and language</source>
        <translation>Şirket ve dil</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Siparişler</translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Son etkileşimler</translation>
    </message>
    <message>
        <source>Last feedback</source>
        <translation>Son geri bildirim</translation>
    </message>
    <message>
        <source>%1 customer · lifetime value %2</source>
        <translation>%1 müşteri · toplam değer %2</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>%1 konuşuyor</translation>
    </message>
    <message>
        <source>No orders this year</source>
        <translation>Bu yıl sipariş yok</translation>
    </message>
    <message>
        <source>1 order this year</source>
        <translation>Bu yıl 1 sipariş</translation>
    </message>
    <message>
        <source>%1 orders this year</source>
        <translation>Bu yıl %1 sipariş</translation>
    </message>
    <message>
        <source>%1 · latest on %2, %3</source>
        <translation>%1 · sonuncusu %2, %3</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Yanıt: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Not: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(konu yok)</translation>
    </message>
    <message>
        <source>Open conversations (%1)</source>
        <translation>Açık görüşmeler (%1)</translation>
    </message>
    <message>
        <source>CSAT %1/5</source>
        <translation>CSAT %1/5</translation>
    </message>
    <message>
        <source>NPS %1/10</source>
        <translation>NPS %1/10</translation>
    </message>
    <message>
        <source>CES %1/7</source>
        <translation>CES %1/7</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 tarihinde %1</translation>
    </message>
    <message>
        <source>%1 on %2: “%3”</source>
        <translation>%2 tarihinde %1: “%3”</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::CallerChooser</name>
    <message>
        <source>Customers with this number</source>
        <translation>Bu numaraya sahip müşteriler</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Yeni müşteri</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefon numarası</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>Müşteri &amp;oluştur</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Or search and link</source>
        <translation>Ya da arayıp bağla</translation>
    </message>
    <message>
        <source>Search a customer to link the number to</source>
        <translation>Numaranın bağlanacağı müşteriyi ara</translation>
    </message>
    <message>
        <source>Search and link: name, email, phone…</source>
        <translation>Ara ve bağla: ad, e-posta, telefon…</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Bulunan müşteriler</translation>
    </message>
    <message>
        <source>&amp;Link to this customer</source>
        <translation>Bu müşteriye &amp;bağla</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Gizli numara</translation>
    </message>
    <message>
        <source>✓ This call is with %1.</source>
        <translation>✓ Bu arama %1 ile.</translation>
    </message>
    <message>
        <source>Who is calling? Pick the customer to see their details.</source>
        <translation>Kim arıyor? Ayrıntılarını görmek için müşteriyi seçin.</translation>
    </message>
    <message>
        <source>%1 · lifetime value %2</source>
        <translation>%1 · toplam değer %2</translation>
    </message>
    <message>
        <source>Enter a first or last name to create the customer.</source>
        <translation>Müşteriyi oluşturmak için bir ad veya soyad girin.</translation>
    </message>
    <message>
        <source>That customer is not in the local cache yet; try again in a moment.</source>
        <translation>Bu müşteri henüz yerel önbellekte yok; biraz sonra yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::CollisionTracker</name>
    <message>
        <source>Another agent</source>
        <translation>Başka bir temsilci</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>%1 yazıyor…</translation>
    </message>
    <message>
        <source>%1 are typing…</source>
        <translation>%1 yazıyor…</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>%1 görüntülüyor</translation>
    </message>
    <message>
        <source>%1 are viewing</source>
        <translation>%1 görüntülüyor</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::Composer</name>
    <message>
        <source>Reply channel</source>
        <translation>Yanıt kanalı</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Dahili not</translation>
    </message>
    <message>
        <source>Write an internal note instead of a reply</source>
        <translation>Yanıt yerine dahili not yaz</translation>
    </message>
    <message>
        <source>Only agents see internal notes (Ctrl+Shift+N)</source>
        <translation>Dahili notları yalnızca temsilciler görür (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Yanıt kanalı</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Mesaj metni</translation>
    </message>
    <message>
        <source>Type / for canned replies · Ctrl+Enter to send</source>
        <translation>Hazır yanıtlar için / yazın · Göndermek için Ctrl+Enter</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Hazır yanıtlar</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Not ekle</translation>
    </message>
    <message>
        <source>Write an internal note. Only agents see it.</source>
        <translation>Dahili bir not yazın. Yalnızca temsilciler görür.</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>Müşteriye bir yanıt yazın…</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::ConversationDelegate</name>
    <message>
        <source>SLA %1</source>
        <translation>SLA %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::ConversationHeader</name>
    <message>
        <source>Other agents in this conversation</source>
        <translation>Bu görüşmedeki diğer temsilciler</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Seçili görüşme yok</translation>
    </message>
    <message>
        <source>Pick one from the inbox, or press Ctrl+K to search.</source>
        <translation>Gelen kutusundan birini seçin ya da aramak için Ctrl+K tuşlarına basın.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Atanmamış</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>%1 kişisine atandı</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 priority · %4</source>
        <translation>%1 · %2 · %3 öncelik · %4</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::CustomerEditDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Müşteriyi düzenle</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Şirket</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>Dil kodu</translation>
    </message>
    <message>
        <source>tr, el, en…</source>
        <translation>tr, el, en…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Soyad</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>Ş&amp;irket</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>D&amp;il</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notlar</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::InboxPane</name>
    <message>
        <source>Sort</source>
        <translation>Sırala</translation>
    </message>
    <message>
        <source>Sort conversations</source>
        <translation>Görüşmeleri sırala</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Son etkinlik</translation>
    </message>
    <message>
        <source>SLA due first</source>
        <translation>Önce SLA süresi dolanlar</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Görüşmeler</translation>
    </message>
    <message>
        <source>Show conversations on</source>
        <translation>Şu kanaldaki konuşmaları göster</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tüm kanallar</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::JumpToDateDialog</name>
    <message>
        <source>Jump to date</source>
        <translation>Tarihe git</translation>
    </message>
    <message>
        <source>Date to jump to</source>
        <translation>Gidilecek tarih</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::LoginDialog</name>
    <message>
        <source>Sign in to Switchboard</source>
        <translation>Switchboard’a giriş yap</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Sunucu: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Kullanıcı adı:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Giriş yap</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Görünümler</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Müşteri zaman çizelgesi</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Görüşme</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>Ö&amp;ncelik</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Call &amp;list…</source>
        <translation>Arama &amp;listesi…</translation>
    </message>
    <message>
        <source>C&amp;alls</source>
        <translation>&amp;Aramalar</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::ProfilePanel</name>
    <message>
        <source>Customer profile</source>
        <translation>Müşteri profili</translation>
    </message>
    <message>
        <source>Select a conversation to see the customer.</source>
        <translation>Müşteriyi görmek için bir görüşme seçin.</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Müşteri adı</translation>
    </message>
    <message>
        <source>%1 customer, lifetime value %2</source>
        <translation>%1 müşteri, yaşam boyu değeri %2</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Konuştuğu dil: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>İletişim</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 üzerinde %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Memnuniyet</translation>
    </message>
    <message>
        <source>Last CSAT %1/5 on %2</source>
        <translation>Son CSAT %1/5, %2</translation>
    </message>
    <message>
        <source>Last NPS %1/10 on %2</source>
        <translation>Son NPS %1/10, %2</translation>
    </message>
    <message>
        <source>Open conversations (%1)</source>
        <translation>Açık görüşmeler (%1)</translation>
    </message>
    <message>
        <source>Recent orders (%1 in all)</source>
        <translation>Son siparişler (toplam %1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Customer tags</source>
        <translation>Müşteri etiketleri</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Müşteriyi düzenle</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::SearchPopup</name>
    <message>
        <source>Search customers and messages</source>
        <translation>Müşterilerde ve mesajlarda ara</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Arama metni</translation>
    </message>
    <message>
        <source>Search customers and messages: name, email, phone, words…</source>
        <translation>Müşterilerde ve mesajlarda ara: ad, e-posta, telefon, kelimeler…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kısayol</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::SnoozeMenu</name>
    <message>
        <source>Snooze</source>
        <translation>Ertele</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Şu zamana kadar ertele</translation>
    </message>
    <message>
        <source>For one hour</source>
        <translation>Bir saatliğine</translation>
    </message>
    <message>
        <source>Until tomorrow, 9:00</source>
        <translation>Yarın 9:00’a kadar</translation>
    </message>
    <message>
        <source>Until Monday, 9:00</source>
        <translation>Pazartesi 9:00’a kadar</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::TagChipRow</name>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::TagEditor</name>
    <message>
        <source>Add a tag</source>
        <translation>Etiket ekle</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Etiket ekle…</translation>
    </message>
    <message>
        <source>Matching tags</source>
        <translation>Eşleşen etiketler</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>%1 etiketini kaldır</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>%1 etiketini kaldır</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::TimelineDelegate</name>
    <message>
        <source>CSAT %1/5</source>
        <translation>CSAT %1/5</translation>
    </message>
    <message>
        <source>NPS %1/10</source>
        <translation>NPS %1/10</translation>
    </message>
    <message>
        <source>CES %1/7</source>
        <translation>CES %1/7</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Survey answer</source>
        <translation>Anket yanıtı</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Dahili not</translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation>%1 ile yanıt</translation>
    </message>
    <message>
        <source>Outgoing call · %1</source>
        <translation>Giden arama · %1</translation>
    </message>
    <message>
        <source>Incoming call · %1</source>
        <translation>Gelen arama · %1</translation>
    </message>
    <message>
        <source>Outgoing call · %1 · %2</source>
        <translation>Giden arama · %1 · %2</translation>
    </message>
    <message>
        <source>Incoming call · %1 · %2</source>
        <translation>Gelen arama · %1 · %2</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::WorkspaceActions</name>
    <message>
        <source>&amp;Search customers and messages…</source>
        <translation>Müşterilerde ve mesajlarda &amp;ara…</translation>
    </message>
    <message>
        <source>Add &amp;tag</source>
        <translation>&amp;Etiket ekle</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Bana ata</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Ata…</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>Çö&amp;z</translation>
    </message>
    <message>
        <source>Mark &amp;pending</source>
        <translation>&amp;Beklemeye al</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Yeniden aç</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>E&amp;rtele…</translation>
    </message>
    <message>
        <source>Priority: low</source>
        <translation>Öncelik: düşük</translation>
    </message>
    <message>
        <source>Priority: normal</source>
        <translation>Öncelik: normal</translation>
    </message>
    <message>
        <source>Priority: high</source>
        <translation>Öncelik: yüksek</translation>
    </message>
    <message>
        <source>Priority: urgent</source>
        <translation>Öncelik: acil</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Yanıtla</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Dahili &amp;not</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Sonraki görüşme</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Önceki görüşme</translation>
    </message>
    <message>
        <source>Go to views</source>
        <translation>Görünümlere git</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Gelen kutusuna git</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>Zaman çizelgesine git</translation>
    </message>
    <message>
        <source>Go to the profile</source>
        <translation>Profile git</translation>
    </message>
    <message>
        <source>&amp;Jump to date…</source>
        <translation>&amp;Tarihe git…</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Koyu tema</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::WorkspaceStatusBar</name>
    <message>
        <source>Your presence</source>
        <translation>Durumunuz</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Bildirimi kapat</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Çevrimiçi</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Yeniden bağlanıyor…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Çevrimdışı</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Online, sending 1 change</source>
        <translation>Çevrimiçi, 1 değişiklik gönderiliyor</translation>
    </message>
    <message>
        <source>Online, sending %1 changes</source>
        <translation>Çevrimiçi, %1 değişiklik gönderiliyor</translation>
    </message>
    <message>
        <source>Offline — 1 change waiting</source>
        <translation>Çevrimdışı — 1 değişiklik bekliyor</translation>
    </message>
    <message>
        <source>Offline — %1 changes waiting</source>
        <translation>Çevrimdışı — %1 değişiklik bekliyor</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Cevapsız aramalar</translation>
    </message>
    <message>
        <source>Show the calls of this session</source>
        <translation>Bu oturumun aramalarını göster</translation>
    </message>
    <message>
        <source>1 missed call</source>
        <translation>1 cevapsız arama</translation>
    </message>
    <message>
        <source>%1 missed calls</source>
        <translation>%1 cevapsız arama</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Bildirim</translation>
    </message>
    <message>
        <source>Could not read the local cache: %1</source>
        <translation>Yerel önbellek okunamadı: %1</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::WrapUpPanel</name>
    <message>
        <source>Wrap up the call</source>
        <translation>Aramayı sonuçlandır</translation>
    </message>
    <message>
        <source>Log the wrap-up (%1)</source>
        <translation>Sonucu kaydet (%1)</translation>
    </message>
    <message>
        <source>This call is logged on a customer&apos;s timeline once you choose the customer: pick one, create one, or search and link.</source>
        <translation>Bu arama, müşteriyi seçtiğinizde müşterinin zaman çizelgesine kaydedilir: birini seçin, yeni oluşturun ya da arayıp bağlayın.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>What was said, what was promised…</source>
        <translation>Ne konuşuldu, ne söz verildi…</translation>
    </message>
    <message>
        <source>&amp;Call back at</source>
        <translation>&amp;Geri arama zamanı</translation>
    </message>
    <message>
        <source>The conversation comes back to your queue at this time</source>
        <translation>Görüşme bu saatte kuyruğunuza geri döner</translation>
    </message>
    <message>
        <source>Follow-up time</source>
        <translation>Geri arama zamanı</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Sonuç</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notlar</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiketler</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Takip</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Atla</translation>
    </message>
    <message>
        <source>End without a wrap-up</source>
        <translation>Sonuç girmeden bitir</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Gönder</translation>
    </message>
    <message>
        <source>withheld number</source>
        <translation>gizli numara</translation>
    </message>
    <message>
        <source>Unanswered call to an unknown number</source>
        <translation>Bilinmeyen numaraya cevapsız arama</translation>
    </message>
    <message>
        <source>Missed call from an unknown caller</source>
        <translation>Bilinmeyen arayandan cevapsız arama</translation>
    </message>
    <message>
        <source>Unanswered call to %1</source>
        <translation>Cevapsız giden arama: %1</translation>
    </message>
    <message>
        <source>Missed call from %1</source>
        <translation>Cevapsız arama: %1</translation>
    </message>
    <message>
        <source>Wrap up the call with an unknown caller</source>
        <translation>Bilinmeyen arayanla aramayı sonuçlandır</translation>
    </message>
    <message>
        <source>Wrap up the call with %1</source>
        <translation>Aramayı sonuçlandır: %1</translation>
    </message>
    <message>
        <source>Outgoing call · %1 · %2 · %3</source>
        <translation>Giden arama · %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Incoming call · %1 · %2 · %3</source>
        <translation>Gelen arama · %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Outgoing call · %1 · %2</source>
        <translation>Giden arama · %1 · %2</translation>
    </message>
    <message>
        <source>Incoming call · %1 · %2</source>
        <translation>Gelen arama · %1 · %2</translation>
    </message>
    <message>
        <source>Choose a time in the future for the follow-up call.</source>
        <translation>Geri arama için gelecekte bir zaman seçin.</translation>
    </message>
    <message>
        <source>The wrap-up was not sent: the notes or tags are too long.</source>
        <translation>Sonuç gönderilmedi: notlar veya etiketler çok uzun.</translation>
    </message>
    <message>
        <source>1 more to wrap up</source>
        <translation>Sonuç bekleyen 1 arama daha</translation>
    </message>
    <message>
        <source>%1 more to wrap up</source>
        <translation>Sonuç bekleyen %1 arama daha</translation>
    </message>
</context>
</TS>
