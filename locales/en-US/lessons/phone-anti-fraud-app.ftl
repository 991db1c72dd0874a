# Lesson: The national anti-fraud app (Using my phone)
phone-anti-fraud-app-title = The national anti-fraud app
phone-anti-fraud-app-remember = Install the National Anti-Fraud Center app and turn on call warnings. When 96110 calls, always answer.

phone-anti-fraud-app-explain-1 = The National Anti-Fraud Center app is made by the Ministry of Public Security, China's police ministry. It is completely free. When a scammer calls or texts you, it warns you: this may be a scam.
phone-anti-fraud-app-explain-2 = Install it only from the app store that came with your phone. Phone makers name it differently: "App Market", "App Store" or "Software Store". Open it and type "National Anti-Fraud Center" into the search box at the top.
phone-anti-fraud-app-explain-3 = Before you tap Install, check two things: the developer is the "Criminal Investigation Department of the Ministry of Public Security", and the price says "Free". Never use a link or a QR code someone sends you to install an app. The lesson "Install from the store, check permissions" tells you more.

phone-anti-fraud-app-p1 = You found the National Anti-Fraud Center in the app store. First check that the developer is the Ministry of Public Security and that it is free, then tap Install.
phone-anti-fraud-app-p1-title = App store
phone-anti-fraud-app-p1-name = National Anti-Fraud Center
phone-anti-fraud-app-p1-developer = Developer: Criminal Investigation Department, Ministry of Public Security
phone-anti-fraud-app-p1-price = Free
phone-anti-fraud-app-p1-about = Warns you about scam calls and texts. Check a suspicious account or web address, report a scam.
phone-anti-fraud-app-p1-install-fb = Installed! The developer is the Ministry of Public Security and it costs nothing. This is the real National Anti-Fraud Center app.
phone-anti-fraud-app-p1-back-fb = This is the app you want, so there is no need to leave. The developer is the Ministry of Public Security, and it is free. Please tap Install.

phone-anti-fraud-app-explain-4 = The first time you open it, choose the city where you live, and choose carefully. Then sign up with your own phone number. The verification code you receive goes only into this app; never tell it to anyone who asks.
phone-anti-fraud-app-explain-5 = Once you have signed up, tap "Call warning" on the home page. Inside are two switches: Call warning is for phone calls, and Text warning is for text messages. Turn both on. When a switch slides to the right, it is on.

phone-anti-fraud-app-p2 = This is the page in the anti-fraud app that sets up its warnings. You want your phone to warn you when a scammer phones you. What do you do?
phone-anti-fraud-app-p2-title = Call warning
phone-anti-fraud-app-p2-about = When this is on, you get a warning when a call or text looks like a scam.
phone-anti-fraud-app-p2-call = Call warning
phone-anti-fraud-app-p2-call-sub = Warns you when a scam call comes in
phone-anti-fraud-app-p2-sms = Text warning
phone-anti-fraud-app-p2-sms-sub = Warns you when a scam text arrives
phone-anti-fraud-app-p2-call-fb = Well done! Call warning is on: the switch moved to the right. Next time a scammer calls, your phone warns you. Remember to turn on Text warning too.
phone-anti-fraud-app-p2-sms-fb = This switch is Text warning, for text messages. It should be on too. You are looking for the one for phone calls. Have another look.
phone-anti-fraud-app-p2-back-fb = Please don't leave yet. The warnings only work once the switch is on. Stay on this page, find the switch for phone calls, and tap it.
phone-anti-fraud-app-p2-volunteer-fb = Asking a volunteer is a good idea. They will tell you: read the small text under each line, find the one that mentions calls, and tap the switch on its right.

phone-anti-fraud-app-explain-6 = When you turn a switch on, your phone asks whether the app may have some permissions, such as seeing incoming calls and reading texts. This is the police ministry's app, installed from the app store, so follow the prompts and tap Allow. If any other app wants to read your texts, still tap Don't allow. On an iPhone, also open the phone's Settings, tap Phone, then Call Blocking and Identification, and turn on the National Anti-Fraud Center. If this is hard, ask your family or a volunteer to set it up with you.

phone-anti-fraud-app-explain-7 = Once it is on, when a scammer calls, the screen shows "Suspected fraud" in red. Don't answer those calls. To check whether a payment account or a web address someone gave you belongs to a scammer, tap "Risk check" on the home page. If you meet a scammer, tap "Report" to help the police catch them.

phone-anti-fraud-app-p3 = The phone is ringing. Read what the screen says. What do you do?
phone-anti-fraud-app-p3-caller = Unknown number
phone-anti-fraud-app-p3-tag = Suspected fraud
phone-anti-fraud-app-p3-alert = The National Anti-Fraud Center warns you: this call may be a scam. Be careful.
phone-anti-fraud-app-p3-decline-fb = Well done! The anti-fraud app warned you, so you don't answer. Anyone with real business will find another way to reach you. You can also open the anti-fraud app and tap Report to send this number to the police.
phone-anti-fraud-app-p3-answer-fb = This call is marked as suspected fraud, so it is better not to answer: tap the red button to decline. If you answer by mistake, don't worry. As soon as the caller mentions money or a verification code, hang up.
phone-anti-fraud-app-p3-family-fb = Telling your family is good. Your phone has marked this call as suspected fraud, so first tap the red button to decline, then talk it over with your family.

phone-anti-fraud-app-explain-8 = 96110 is the police anti-fraud line. When it calls you, it is often because they found that someone may be cheating you right now, and they want to stop it. Always answer and listen to the end. 96110 only warns you; it never asks you to transfer money.

phone-anti-fraud-app-p4 = The phone rings again. Read what the screen says. What do you do?
phone-anti-fraud-app-p4-caller = 96110
phone-anti-fraud-app-p4-tag = Anti-fraud line
phone-anti-fraud-app-p4-answer-fb = Well done! 96110 is the police anti-fraud line, calling because they worry you may be cheated. Listen carefully to their warning, and don't transfer money to anyone for now.
phone-anti-fraud-app-p4-decline-fb = 96110 is the police, calling to help you. Please tap the green button to answer. If you missed the call, that's all right: call 96110 back yourself and tell them what is going on.
phone-anti-fraud-app-p4-family-fb = Telling your family is good. But answer 96110 first and hear what they say, then tell your family after the call.

phone-anti-fraud-app-q-1 = Your phone rings. The screen shows 96110 and says "Anti-fraud line". What do you do?
phone-anti-fraud-app-q-1-a-1 = Answer and listen to what they say
phone-anti-fraud-app-q-1-a-1-feedback = That's right! 96110 is the police anti-fraud line, calling to warn you about a scam. Always answer.
phone-anti-fraud-app-q-1-a-2 = Don't answer; I never answer numbers I don't know
phone-anti-fraud-app-q-1-a-2-feedback = Being careful with unknown callers is usually right. But 96110 is different: it is the police warning you, so please answer. If you missed it, call 96110 back yourself.
phone-anti-fraud-app-q-1-a-3 = Block this number
phone-anti-fraud-app-q-1-a-3-feedback = Please don't block it. If you do, the police can't reach you to warn you. When 96110 calls, answer.

phone-anti-fraud-app-q-2 = Someone sends you a link: "Tap here to download the anti-fraud app. First pay a ninety-nine yuan membership fee." What do you do?
phone-anti-fraud-app-q-2-a-1 = Tap the link and pay; then I'll be safe
phone-anti-fraud-app-q-2-a-1-feedback = Don't tap it, and don't pay. The National Anti-Fraud Center app is free, and you install it only from your phone's own app store. Anyone asking you to pay for it is a scammer.
phone-anti-fraud-app-q-2-a-2 = Don't tap or pay; search the app store for "National Anti-Fraud Center" myself
phone-anti-fraud-app-q-2-a-2-feedback = That's right! The app is free, and you install it only from your phone's own app store.
phone-anti-fraud-app-q-2-a-3 = Ask the person who sent the link whether it's real
phone-anti-fraud-app-q-2-a-3-feedback = No need to ask them; a scammer will always say it's real. The app is free: search for it in the app store yourself, or ask your family.

phone-anti-fraud-app-explain-9 = After installing it, open it every few days to check that you are still signed in. If you don't use it for a long time, it signs you out by itself, and then it can't warn you.
