<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context>
    <name>CannedReplyLibrary</name>
    <message>
        <source>Greeting</source>
        <translation>Χαιρετισμός</translation>
    </message>
    <message>
        <source>Hello {{first_name}}, thank you for contacting us. How can I help you today?</source>
        <translation>Γεια σας {{first_name}}, ευχαριστούμε που επικοινωνήσατε μαζί μας. Πώς μπορώ να σας βοηθήσω σήμερα;</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Κατάσταση παραγγελίας</translation>
    </message>
    <message>
        <source>Hello {{first_name}}, I have checked your order {{last_order}}: it is on its way and should reach you within two working days.</source>
        <translation>Γεια σας {{first_name}}, έλεγξα την παραγγελία σας {{last_order}}: είναι καθ’ οδόν και θα σας φτάσει μέσα σε δύο εργάσιμες ημέρες.</translation>
    </message>
    <message>
        <source>Refund started</source>
        <translation>Η επιστροφή χρημάτων ξεκίνησε</translation>
    </message>
    <message>
        <source>Hello {{first_name}}, the refund for your order {{last_order}} has been started today. It usually reaches your account within 5 working days.</source>
        <translation>Γεια σας {{first_name}}, η επιστροφή χρημάτων για την παραγγελία σας {{last_order}} ξεκίνησε σήμερα. Συνήθως φτάνει στον λογαριασμό σας μέσα σε 5 εργάσιμες ημέρες.</translation>
    </message>
    <message>
        <source>Callback arranged</source>
        <translation>Προγραμματίστηκε επανάκληση</translation>
    </message>
    <message>
        <source>Thank you {{first_name}}. We will call you back within one working day.</source>
        <translation>Ευχαριστούμε {{first_name}}. Θα σας καλέσουμε ξανά μέσα σε μία εργάσιμη ημέρα.</translation>
    </message>
    <message>
        <source>Need more details</source>
        <translation>Χρειάζονται περισσότερες λεπτομέρειες</translation>
    </message>
    <message>
        <source>Could you send me a photo of the product and your order number, {{first_name}}? Then I can look into it straight away.</source>
        <translation>{{first_name}}, μπορείτε να μου στείλετε μια φωτογραφία του προϊόντος και τον αριθμό της παραγγελίας σας; Έτσι θα το εξετάσω αμέσως.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>I am glad we could solve this, {{first_name}}. Have a lovely day!</source>
        <translation>Χαίρομαι που το λύσαμε, {{first_name}}. Να έχετε μια όμορφη μέρα!</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Συνομιλία</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Μέσα κοινωνικής δικτύωσης</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Βίντεο</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ανοιχτή</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Σε αναμονή</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Σε αναβολή</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Επιλύθηκε</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Χαμηλή</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Κανονική</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Υψηλή</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Επείγουσα</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Διαθέσιμος</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Απασχολημένος</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Εκτός γραφείου</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Εκτός σύνδεσης</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέος</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Περιστασιακός</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Πιστός</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Σε κίνδυνο αποχώρησης</translation>
    </message>
    <message>
        <source>Callback needed</source>
        <translation>Χρειάζεται επανάκληση</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Κλιμακώθηκε</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Λάθος αριθμός</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Αναπάντητη</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Φωνητικό μήνυμα</translation>
    </message>
    <message>
        <source>now</source>
        <translation>τώρα</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 λεπ.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ώρ.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 ημ.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>σε %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>καθυστέρηση %1</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Απαντήθηκε</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Εγκαταλείφθηκε</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Δόθηκαν πληροφορίες</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not create the folder of the local cache %1</source>
        <translation>Δεν ήταν δυνατή η δημιουργία του φακέλου της τοπικής κρυφής μνήμης %1</translation>
    </message>
    <message>
        <source>Could not open the local cache %1: %2</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα της τοπικής κρυφής μνήμης %1: %2</translation>
    </message>
</context>
<context>
    <name>switchboard::app::DeskLauncher</name>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>Το όνομα χρήστη ή ο κωδικός πρόσβασης δεν είναι σωστά.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Πάρα πολλές αποτυχημένες προσπάθειες. Δοκιμάστε ξανά σε %n δευτερόλεπτο.</numerusform>
            <numerusform>Πάρα πολλές αποτυχημένες προσπάθειες. Δοκιμάστε ξανά σε %n δευτερόλεπτα.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not answer. Check the address and the network.</source>
        <translation>Ο διακομιστής δεν απαντά. Ελέγξτε τη διεύθυνση και το δίκτυο.</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer: %1</source>
        <translation>Ο διακομιστής έδωσε μια απρόσμενη απάντηση: %1</translation>
    </message>
    <message>
        <source>The demo agent could not sign in: %1</source>
        <translation>Ο εκπρόσωπος της επίδειξης δεν μπόρεσε να συνδεθεί: %1</translation>
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
        <translation>(κενό)</translation>
    </message>
    <message>
        <source>%1 Yours: &quot;%2&quot;. Now: &quot;%3&quot;.</source>
        <translation>%1 Δική σας: &quot;%2&quot;. Τώρα: &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>Αποσυνδεθήκατε: %1</translation>
    </message>
</context>
<context>
    <name>switchboard::app::EmbeddedDemoServer</name>
    <message>
        <source>Could not create a folder for the demo server: %1</source>
        <translation>Δεν ήταν δυνατή η δημιουργία φακέλου για τον διακομιστή επίδειξης: %1</translation>
    </message>
    <message>
        <source>Could not seed the demo data: %1</source>
        <translation>Δεν ήταν δυνατή η φόρτωση των δεδομένων επίδειξης: %1</translation>
    </message>
    <message>
        <source>The demo server could not start: %1</source>
        <translation>Ο διακομιστής επίδειξης δεν μπόρεσε να ξεκινήσει: %1</translation>
    </message>
    <message>
        <source>The demo traffic could not start: %1</source>
        <translation>Η κίνηση της επίδειξης δεν μπόρεσε να ξεκινήσει: %1</translation>
    </message>
</context>
<context>
    <name>switchboard::models::CallLog</name>
    <message>
        <source>Withheld</source>
        <translation>Απόκρυψη αριθμού</translation>
    </message>
</context>
<context>
    <name>switchboard::models::SearchResultsModel</name>
    <message>
        <source>Customers</source>
        <translation>Πελάτες</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Μηνύματα</translation>
    </message>
</context>
<context>
    <name>switchboard::models::ViewListModel</name>
    <message>
        <source>Views</source>
        <translation>Προβολές</translation>
    </message>
    <message>
        <source>My open</source>
        <translation>Ανοιχτές μου</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Χωρίς ανάθεση</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Σε αναβολή</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Επιλύθηκε</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Ουρές</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::AssignMenu</name>
    <message>
        <source>Assign</source>
        <translation>Ανάθεση</translation>
    </message>
    <message>
        <source>Assign conversation</source>
        <translation>Ανάθεση συνομιλίας</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Ανάθεση σε &amp;μένα</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;Κατάργηση ανάθεσης</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Εκπρόσωποι</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Ουρές</translation>
    </message>
    <message>
        <source>%1 (%2, %3 open)</source>
        <translation>%1 (%2, %3 ανοιχτές)</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::CallAlerts</name>
    <message>
        <source>&amp;Ring sound</source>
        <translation>&amp;Ήχος κλήσης</translation>
    </message>
    <message>
        <source>Beep every two seconds while a call rings</source>
        <translation>Ηχητικό σήμα κάθε δύο δευτερόλεπτα όσο χτυπά μια κλήση</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>%1 customers with this number</source>
        <translation>%1 πελάτες με αυτόν τον αριθμό</translation>
    </message>
    <message>
        <source>withheld number</source>
        <translation>απόκρυψη αριθμού</translation>
    </message>
    <message>
        <source>Outgoing call — %1</source>
        <translation>Εξερχόμενη κλήση — %1</translation>
    </message>
    <message>
        <source>Incoming call — %1</source>
        <translation>Εισερχόμενη κλήση — %1</translation>
    </message>
    <message>
        <source>Click to see the caller.</source>
        <translation>Κάντε κλικ για να δείτε ποιος καλεί.</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::CallListDialog</name>
    <message>
        <source>Calls</source>
        <translation>Κλήσεις</translation>
    </message>
    <message>
        <source>Calls in this session</source>
        <translation>Κλήσεις αυτής της συνεδρίας</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Καλών</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Κατεύθυνση</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Διάρκεια</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Εξερχόμενη</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Εισερχόμενη</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Σε εξέλιξη</translation>
    </message>
    <message>
        <source>Log a callback…</source>
        <translation>Καταγραφή επανάκλησης…</translation>
    </message>
    <message>
        <source>Log a callback for this call</source>
        <translation>Καταγραφή επανάκλησης για αυτή την κλήση</translation>
    </message>
    <message>
        <source>Open the wrap-up for this call, to call the customer back</source>
        <translation>Άνοιγμα της ολοκλήρωσης αυτής της κλήσης, για επανάκληση του πελάτη</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::CallPopWindow</name>
    <message>
        <source>Incoming call</source>
        <translation>Εισερχόμενη κλήση</translation>
    </message>
    <message>
        <source>&amp;Accept the ringing call</source>
        <translation>&amp;Αποδοχή της κλήσης που χτυπά</translation>
    </message>
    <message>
        <source>Open the caller&apos;s profile (%1)</source>
        <translation>Άνοιγμα του προφίλ του καλούντος (%1)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Καλών</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Αποδοχή</translation>
    </message>
    <message>
        <source>Accept the call</source>
        <translation>Αποδοχή της κλήσης</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>Απόρ&amp;ριψη</translation>
    </message>
    <message>
        <source>Decline the call</source>
        <translation>Απόρριψη της κλήσης</translation>
    </message>
    <message>
        <source>Offer the call to the next free agent</source>
        <translation>Προώθηση της κλήσης στον επόμενο διαθέσιμο εκπρόσωπο</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Παράβλεψη</translation>
    </message>
    <message>
        <source>Ignore the call</source>
        <translation>Παράβλεψη της κλήσης</translation>
    </message>
    <message>
        <source>Hide this window; the phone keeps ringing (Esc)</source>
        <translation>Απόκρυψη του παραθύρου· το τηλέφωνο συνεχίζει να χτυπά (Esc)</translation>
    </message>
    <message>
        <source>withheld number</source>
        <translation>απόκρυψη αριθμού</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Εξερχόμενη κλήση</translation>
    </message>
    <message>
        <source>1 more waiting</source>
        <translation>1 ακόμη σε αναμονή</translation>
    </message>
    <message>
        <source>%1 more waiting</source>
        <translation>%1 ακόμη σε αναμονή</translation>
    </message>
    <message>
        <source>%1 customers with this number</source>
        <translation>%1 πελάτες με αυτόν τον αριθμό</translation>
    </message>
    <message>
        <source>Withheld caller</source>
        <translation>Καλών με απόκρυψη αριθμού</translation>
    </message>
    <message>
        <source>Unknown caller</source>
        <translation>Άγνωστος καλών</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>Σε κλήση</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · queue %3</source>
        <translation>%1 · %2 · ουρά %3</translation>
    </message>
    <message>
        <source>&amp;Open customer</source>
        <translation>&amp;Άνοιγμα πελάτη</translation>
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
        <translation>Κατηγορία και συνολική αξία</translation>
    </message>
    <message>
        <source>Company and language</source>
        <translation>Εταιρεία και γλώσσα</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Παραγγελίες</translation>
    </message>
    <message>
        <source>Last interactions</source>
        <translation>Τελευταίες επαφές</translation>
    </message>
    <message>
        <source>Last feedback</source>
        <translation>Τελευταία αξιολόγηση</translation>
    </message>
    <message>
        <source>%1 customer · lifetime value %2</source>
        <translation>%1 πελάτης · συνολική αξία %2</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>μιλά %1</translation>
    </message>
    <message>
        <source>No orders this year</source>
        <translation>Καμία παραγγελία φέτος</translation>
    </message>
    <message>
        <source>1 order this year</source>
        <translation>1 παραγγελία φέτος</translation>
    </message>
    <message>
        <source>%1 orders this year</source>
        <translation>%1 παραγγελίες φέτος</translation>
    </message>
    <message>
        <source>%1 · latest on %2, %3</source>
        <translation>%1 · τελευταία στις %2, %3</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Απάντηση: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Σημείωση: %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(χωρίς θέμα)</translation>
    </message>
    <message>
        <source>Open conversations (%1)</source>
        <translation>Ανοιχτές συνομιλίες (%1)</translation>
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
        <translation>%1 στις %2</translation>
    </message>
    <message>
        <source>%1 on %2: “%3”</source>
        <translation>%1 στις %2: «%3»</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::CallerChooser</name>
    <message>
        <source>Customers with this number</source>
        <translation>Πελάτες με αυτόν τον αριθμό</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Νέος πελάτης</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>&amp;Create customer</source>
        <translation>&amp;Δημιουργία πελάτη</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Or search and link</source>
        <translation>Ή αναζήτηση και σύνδεση</translation>
    </message>
    <message>
        <source>Search a customer to link the number to</source>
        <translation>Αναζήτηση πελάτη για σύνδεση του αριθμού</translation>
    </message>
    <message>
        <source>Search and link: name, email, phone…</source>
        <translation>Αναζήτηση και σύνδεση: όνομα, email, τηλέφωνο…</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>Πελάτες που βρέθηκαν</translation>
    </message>
    <message>
        <source>&amp;Link to this customer</source>
        <translation>&amp;Σύνδεση με αυτόν τον πελάτη</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Απόκρυψη αριθμού</translation>
    </message>
    <message>
        <source>✓ This call is with %1.</source>
        <translation>✓ Η κλήση αφορά: %1.</translation>
    </message>
    <message>
        <source>Who is calling? Pick the customer to see their details.</source>
        <translation>Ποιος καλεί; Επιλέξτε τον πελάτη για να δείτε τα στοιχεία του.</translation>
    </message>
    <message>
        <source>%1 · lifetime value %2</source>
        <translation>%1 · συνολική αξία %2</translation>
    </message>
    <message>
        <source>Enter a first or last name to create the customer.</source>
        <translation>Εισαγάγετε όνομα ή επώνυμο για να δημιουργηθεί ο πελάτης.</translation>
    </message>
    <message>
        <source>That customer is not in the local cache yet; try again in a moment.</source>
        <translation>Ο πελάτης δεν υπάρχει ακόμη στην τοπική μνήμη· δοκιμάστε ξανά σε λίγο.</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::CollisionTracker</name>
    <message>
        <source>Another agent</source>
        <translation>Άλλος εκπρόσωπος</translation>
    </message>
    <message>
        <source>%1 is typing…</source>
        <translation>Ο/Η %1 πληκτρολογεί…</translation>
    </message>
    <message>
        <source>%1 are typing…</source>
        <translation>%1 πληκτρολογούν…</translation>
    </message>
    <message>
        <source>%1 is viewing</source>
        <translation>Ο/Η %1 βλέπει τη συνομιλία</translation>
    </message>
    <message>
        <source>%1 are viewing</source>
        <translation>%1 βλέπουν τη συνομιλία</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::Composer</name>
    <message>
        <source>Reply channel</source>
        <translation>Κανάλι απάντησης</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Εσωτερική σημείωση</translation>
    </message>
    <message>
        <source>Write an internal note instead of a reply</source>
        <translation>Γράψτε εσωτερική σημείωση αντί για απάντηση</translation>
    </message>
    <message>
        <source>Only agents see internal notes (Ctrl+Shift+N)</source>
        <translation>Τις εσωτερικές σημειώσεις τις βλέπουν μόνο οι εκπρόσωποι (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Απάντηση μέσω</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Κείμενο μηνύματος</translation>
    </message>
    <message>
        <source>Type / for canned replies · Ctrl+Enter to send</source>
        <translation>Πληκτρολογήστε / για έτοιμες απαντήσεις · Ctrl+Enter για αποστολή</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Canned replies</source>
        <translation>Έτοιμες απαντήσεις</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Προσθήκη σημείωσης</translation>
    </message>
    <message>
        <source>Write an internal note. Only agents see it.</source>
        <translation>Γράψτε μια εσωτερική σημείωση. Τη βλέπουν μόνο οι εκπρόσωποι.</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>Γράψτε μια απάντηση στον πελάτη…</translation>
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
        <translation>Άλλοι εκπρόσωποι σε αυτή τη συνομιλία</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Δεν έχει επιλεγεί συνομιλία</translation>
    </message>
    <message>
        <source>Pick one from the inbox, or press Ctrl+K to search.</source>
        <translation>Επιλέξτε μία από τα εισερχόμενα ή πατήστε Ctrl+K για αναζήτηση.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Χωρίς ανάθεση</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Ανατέθηκε σε %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 priority · %4</source>
        <translation>%1 · %2 · Προτεραιότητα: %3 · %4</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::CustomerEditDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Επεξεργασία πελάτη</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>Κωδικός γλώσσας</translation>
    </message>
    <message>
        <source>tr, el, en…</source>
        <translation>tr, el, en…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Όνομα</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Επώνυμο</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>Ε&amp;ταιρεία</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Γλώσσα</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Σ&amp;ημειώσεις</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::InboxPane</name>
    <message>
        <source>Sort</source>
        <translation>Ταξινόμηση</translation>
    </message>
    <message>
        <source>Sort conversations</source>
        <translation>Ταξινόμηση συνομιλιών</translation>
    </message>
    <message>
        <source>Latest activity</source>
        <translation>Πιο πρόσφατη δραστηριότητα</translation>
    </message>
    <message>
        <source>SLA due first</source>
        <translation>Πρώτα όσες λήγει το SLA</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Συνομιλίες</translation>
    </message>
    <message>
        <source>Show conversations on</source>
        <translation>Εμφάνιση συνομιλιών στο κανάλι</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Όλα τα κανάλια</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::JumpToDateDialog</name>
    <message>
        <source>Jump to date</source>
        <translation>Μετάβαση σε ημερομηνία</translation>
    </message>
    <message>
        <source>Date to jump to</source>
        <translation>Ημερομηνία μετάβασης</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::LoginDialog</name>
    <message>
        <source>Sign in to Switchboard</source>
        <translation>Σύνδεση στο Switchboard</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Διακομιστής: %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Όνομα χρήστη</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Όνομα χρήστη:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Σύνδεση</translation>
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
        <translation>Προβολές</translation>
    </message>
    <message>
        <source>Customer timeline</source>
        <translation>Χρονολόγιο πελάτη</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Συνομιλία</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Προτεραιότητα</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Π&amp;ροβολή</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>Call &amp;list…</source>
        <translation>&amp;Λίστα κλήσεων…</translation>
    </message>
    <message>
        <source>C&amp;alls</source>
        <translation>&amp;Κλήσεις</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::ProfilePanel</name>
    <message>
        <source>Customer profile</source>
        <translation>Προφίλ πελάτη</translation>
    </message>
    <message>
        <source>Select a conversation to see the customer.</source>
        <translation>Επιλέξτε μια συνομιλία για να δείτε τον πελάτη.</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Όνομα πελάτη</translation>
    </message>
    <message>
        <source>%1 customer, lifetime value %2</source>
        <translation>Πελάτης: %1, αξία ζωής %2</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Μιλά %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επικοινωνία</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 στο %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Ικανοποίηση</translation>
    </message>
    <message>
        <source>Last CSAT %1/5 on %2</source>
        <translation>Τελευταίο CSAT %1/5 στις %2</translation>
    </message>
    <message>
        <source>Last NPS %1/10 on %2</source>
        <translation>Τελευταίο NPS %1/10 στις %2</translation>
    </message>
    <message>
        <source>Open conversations (%1)</source>
        <translation>Ανοιχτές συνομιλίες (%1)</translation>
    </message>
    <message>
        <source>Recent orders (%1 in all)</source>
        <translation>Πρόσφατες παραγγελίες (%1 συνολικά)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Customer tags</source>
        <translation>Ετικέτες πελάτη</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Επεξεργασία…</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Επεξεργασία πελάτη</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::SearchPopup</name>
    <message>
        <source>Search customers and messages</source>
        <translation>Αναζήτηση σε πελάτες και μηνύματα</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Κείμενο αναζήτησης</translation>
    </message>
    <message>
        <source>Search customers and messages: name, email, phone, words…</source>
        <translation>Αναζήτηση σε πελάτες και μηνύματα: όνομα, email, τηλέφωνο, λέξεις…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Αποτελέσματα αναζήτησης</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Συντόμευση</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::SnoozeMenu</name>
    <message>
        <source>Snooze</source>
        <translation>Αναβολή</translation>
    </message>
    <message>
        <source>Snooze until</source>
        <translation>Αναβολή έως</translation>
    </message>
    <message>
        <source>For one hour</source>
        <translation>Για μία ώρα</translation>
    </message>
    <message>
        <source>Until tomorrow, 9:00</source>
        <translation>Έως αύριο, 9:00</translation>
    </message>
    <message>
        <source>Until Monday, 9:00</source>
        <translation>Έως τη Δευτέρα, 9:00</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::TagChipRow</name>
    <message>
        <source>Tags</source>
        <translation>Ετικέτες</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::TagEditor</name>
    <message>
        <source>Add a tag</source>
        <translation>Προσθήκη ετικέτας</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Προσθήκη ετικέτας…</translation>
    </message>
    <message>
        <source>Matching tags</source>
        <translation>Ετικέτες που ταιριάζουν</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>Αφαίρεση της ετικέτας %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Αφαίρεση ετικέτας %1</translation>
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
        <translation>Απάντηση σε έρευνα</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Εσωτερική σημείωση</translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation>Απάντηση μέσω %1</translation>
    </message>
    <message>
        <source>Outgoing call · %1</source>
        <translation>Εξερχόμενη κλήση · %1</translation>
    </message>
    <message>
        <source>Incoming call · %1</source>
        <translation>Εισερχόμενη κλήση · %1</translation>
    </message>
    <message>
        <source>Outgoing call · %1 · %2</source>
        <translation>Εξερχόμενη κλήση · %1 · %2</translation>
    </message>
    <message>
        <source>Incoming call · %1 · %2</source>
        <translation>Εισερχόμενη κλήση · %1 · %2</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::WorkspaceActions</name>
    <message>
        <source>&amp;Search customers and messages…</source>
        <translation>&amp;Αναζήτηση σε πελάτες και μηνύματα…</translation>
    </message>
    <message>
        <source>Add &amp;tag</source>
        <translation>Προσθήκη &amp;ετικέτας</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Ανάθεση σε &amp;μένα</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Ανάθεση…</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Επίλυση</translation>
    </message>
    <message>
        <source>Mark &amp;pending</source>
        <translation>Σε &amp;αναμονή</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Επανά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>S&amp;nooze…</source>
        <translation>Ανα&amp;βολή…</translation>
    </message>
    <message>
        <source>Priority: low</source>
        <translation>Προτεραιότητα: χαμηλή</translation>
    </message>
    <message>
        <source>Priority: normal</source>
        <translation>Προτεραιότητα: κανονική</translation>
    </message>
    <message>
        <source>Priority: high</source>
        <translation>Προτεραιότητα: υψηλή</translation>
    </message>
    <message>
        <source>Priority: urgent</source>
        <translation>Προτεραιότητα: επείγουσα</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>Α&amp;πάντηση</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Εσωτερική &amp;σημείωση</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Next conversation</source>
        <translation>Επόμενη συνομιλία</translation>
    </message>
    <message>
        <source>Previous conversation</source>
        <translation>Προηγούμενη συνομιλία</translation>
    </message>
    <message>
        <source>Go to views</source>
        <translation>Μετάβαση στις προβολές</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Μετάβαση στα εισερχόμενα</translation>
    </message>
    <message>
        <source>Go to the timeline</source>
        <translation>Μετάβαση στο χρονολόγιο</translation>
    </message>
    <message>
        <source>Go to the profile</source>
        <translation>Μετάβαση στο προφίλ</translation>
    </message>
    <message>
        <source>&amp;Jump to date…</source>
        <translation>Μετάβαση σε &amp;ημερομηνία…</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Σκούρο θέμα</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Συντομεύσεις &amp;πληκτρολογίου</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::WorkspaceStatusBar</name>
    <message>
        <source>Your presence</source>
        <translation>Η διαθεσιμότητά σας</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Κλείσιμο της ειδοποίησης</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Σε σύνδεση</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Επανασύνδεση…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Εκτός σύνδεσης</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Δεν αποθηκεύτηκε: %1</translation>
    </message>
    <message>
        <source>Online, sending 1 change</source>
        <translation>Σε σύνδεση, αποστέλλεται 1 αλλαγή</translation>
    </message>
    <message>
        <source>Online, sending %1 changes</source>
        <translation>Σε σύνδεση, αποστέλλονται %1 αλλαγές</translation>
    </message>
    <message>
        <source>Offline — 1 change waiting</source>
        <translation>Εκτός σύνδεσης — 1 αλλαγή σε αναμονή</translation>
    </message>
    <message>
        <source>Offline — %1 changes waiting</source>
        <translation>Εκτός σύνδεσης — %1 αλλαγές σε αναμονή</translation>
    </message>
    <message>
        <source>Missed calls</source>
        <translation>Αναπάντητες κλήσεις</translation>
    </message>
    <message>
        <source>Show the calls of this session</source>
        <translation>Εμφάνιση των κλήσεων αυτής της συνεδρίας</translation>
    </message>
    <message>
        <source>1 missed call</source>
        <translation>1 αναπάντητη κλήση</translation>
    </message>
    <message>
        <source>%1 missed calls</source>
        <translation>%1 αναπάντητες κλήσεις</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Ειδοποίηση</translation>
    </message>
    <message>
        <source>Could not read the local cache: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση της τοπικής κρυφής μνήμης: %1</translation>
    </message>
</context>
<context>
    <name>switchboard::ui::WrapUpPanel</name>
    <message>
        <source>Wrap up the call</source>
        <translation>Ολοκλήρωση της κλήσης</translation>
    </message>
    <message>
        <source>Log the wrap-up (%1)</source>
        <translation>Καταγραφή της ολοκλήρωσης (%1)</translation>
    </message>
    <message>
        <source>This call is logged on a customer&apos;s timeline once you choose the customer: pick one, create one, or search and link.</source>
        <translation>Η κλήση καταγράφεται στο χρονολόγιο ενός πελάτη μόλις επιλέξετε τον πελάτη: διαλέξτε έναν, δημιουργήστε νέο ή αναζητήστε και συνδέστε.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>What was said, what was promised…</source>
        <translation>Τι ειπώθηκε, τι υποσχεθήκαμε…</translation>
    </message>
    <message>
        <source>&amp;Call back at</source>
        <translation>&amp;Επανάκληση στις</translation>
    </message>
    <message>
        <source>The conversation comes back to your queue at this time</source>
        <translation>Η συνομιλία επιστρέφει στην ουρά σας αυτή την ώρα</translation>
    </message>
    <message>
        <source>Follow-up time</source>
        <translation>Ώρα επανάκλησης</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Έκ&amp;βαση</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Σ&amp;ημειώσεις</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Ετικέτες</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Συνέχεια</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Παρά&amp;λειψη</translation>
    </message>
    <message>
        <source>End without a wrap-up</source>
        <translation>Τέλος χωρίς ολοκλήρωση</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Υποβολή</translation>
    </message>
    <message>
        <source>withheld number</source>
        <translation>απόκρυψη αριθμού</translation>
    </message>
    <message>
        <source>Unanswered call to an unknown number</source>
        <translation>Αναπάντητη κλήση προς άγνωστο αριθμό</translation>
    </message>
    <message>
        <source>Missed call from an unknown caller</source>
        <translation>Αναπάντητη κλήση από άγνωστο καλούντα</translation>
    </message>
    <message>
        <source>Unanswered call to %1</source>
        <translation>Αναπάντητη κλήση προς %1</translation>
    </message>
    <message>
        <source>Missed call from %1</source>
        <translation>Αναπάντητη κλήση από %1</translation>
    </message>
    <message>
        <source>Wrap up the call with an unknown caller</source>
        <translation>Ολοκλήρωση της κλήσης με άγνωστο καλούντα</translation>
    </message>
    <message>
        <source>Wrap up the call with %1</source>
        <translation>Ολοκλήρωση της κλήσης με %1</translation>
    </message>
    <message>
        <source>Outgoing call · %1 · %2 · %3</source>
        <translation>Εξερχόμενη κλήση · %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Incoming call · %1 · %2 · %3</source>
        <translation>Εισερχόμενη κλήση · %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Outgoing call · %1 · %2</source>
        <translation>Εξερχόμενη κλήση · %1 · %2</translation>
    </message>
    <message>
        <source>Incoming call · %1 · %2</source>
        <translation>Εισερχόμενη κλήση · %1 · %2</translation>
    </message>
    <message>
        <source>Choose a time in the future for the follow-up call.</source>
        <translation>Επιλέξτε μελλοντική ώρα για την επανάκληση.</translation>
    </message>
    <message>
        <source>The wrap-up was not sent: the notes or tags are too long.</source>
        <translation>Η ολοκλήρωση δεν στάλθηκε: οι σημειώσεις ή οι ετικέτες είναι πολύ μεγάλες.</translation>
    </message>
    <message>
        <source>1 more to wrap up</source>
        <translation>1 ακόμη κλήση προς ολοκλήρωση</translation>
    </message>
    <message>
        <source>%1 more to wrap up</source>
        <translation>%1 ακόμη κλήσεις προς ολοκλήρωση</translation>
    </message>
</context>
</TS>
