# Lesson: Install from the store, check permissions (Using my phone)
phone-install-apps-title = Install from the store, check permissions
phone-install-apps-remember = Install apps only from your phone's own app store. If an app wants to read your texts or see your screen, tap Don't allow.

phone-install-apps-explain-1 = To install a new app, go to the app store that came with your phone. It is there from the day you buy the phone. Its name depends on the brand: Huawei and Honor call it "App Market", Xiaomi and vivo call it "App Store", and OPPO calls it "Software Store".
phone-install-apps-explain-2 = Open the app store, tap the search box at the top, and type the app's name. Check that the name is right, then tap "Install". When it is done, a new icon appears on your home screen.

phone-install-apps-p1 = Your daughter asked you to install "Reunion Video" so you can video chat with her. You found it in the app store. Please tap Install.
phone-install-apps-p1-title = App Market
phone-install-apps-p1-name = Reunion Video
phone-install-apps-p1-maker = Reunion Network Technology Co.
phone-install-apps-p1-checked = Passed the safety check
phone-install-apps-p1-desc = Video chat with your family. Big text, clear sound.
phone-install-apps-p1-other = Daily Steps
phone-install-apps-p1-other-sub = You might also like
phone-install-apps-p1-install-fb = Well done! Installing from the app store is the safe way. When it is done, Reunion Video will be on your home screen.
phone-install-apps-p1-other-fb = This is a different app the store suggests, and you don't need it. You want Reunion Video: tap the Install button under it.
phone-install-apps-p1-back-fb = The Back key leaves this page. To install Reunion Video, tap Install right here on this page.

phone-install-apps-explain-3 = Download links sent in a text message or a WeChat group, and QR codes on flyers, are not the way to install an app. Nobody has checked apps installed like that, and some secretly read your texts and take your money. When you download an install package from a web page, your phone shows a warning. It is telling you: danger.

phone-install-apps-p2 = You get a text saying you will get free phone credit if you install an app. You tapped the link in it, and this appeared on your phone. What do you do?
phone-install-apps-p2-page-title = Reunion Video, Seniors' Special Edition
phone-install-apps-p2-page-text = Sign up and get one hundred yuan of phone credit! Not in the app store: download the install package on this page.
phone-install-apps-p2-dialog-title = Download warning
phone-install-apps-p2-dialog-text = This type of file can harm your phone. This install package comes from an unknown website. Download it anyway?
phone-install-apps-p2-download = Download anyway
phone-install-apps-p2-cancel-fb = Well done! Don't install a package you have to download from a link. If you want Reunion Video, look for it in the app store.
phone-install-apps-p2-download-fb = Please don't download it yet. Your phone has already warned you of danger. A package like this can read your texts and take your money. Tap Cancel, then press the Back key to leave.
phone-install-apps-p2-back-fb = Leaving this web page is right. Don't download this package, and you can delete that text message too.
phone-install-apps-p2-family-fb = Very good! Asking your family is the safest thing. Don't download this package; to install an app, go to the app store.

phone-install-apps-explain-4 = When a new app first opens, a small window often pops up asking to use your camera, your contacts or your text messages. Stop and think: does it need that for what it does? A flashlight only has to shine. It does not need your contacts.
phone-install-apps-explain-5 = Be extra careful with three kinds of apps: those that want to read your texts, those that want to see your screen (screen sharing, screen recording), and those that ask you to turn on "Accessibility" in Settings. With these, someone else can see your verification codes and even tap your phone for you. When you see them, tap Don't allow and ask your family. Screen-sharing scams are explained more in the lesson Refund "customer service".

phone-install-apps-p3 = You installed a flashlight app. As soon as you open it, this window pops up. What do you do?
phone-install-apps-p3-behind = Bright Flashlight
phone-install-apps-p3-dialog-title = Allow "Bright Flashlight" to send and view text messages?
phone-install-apps-p3-dialog-text = Bright Flashlight asks to read your text messages to improve your experience.
phone-install-apps-p3-deny-fb = Well done! A flashlight only has to shine; it does not need your texts. It still works after you say no. A flashlight that wants your texts is not right, so you can also delete it.
phone-install-apps-p3-allow-fb = A flashlight does not need your texts. Your texts hold your verification codes, and if it sees them, your money can be taken. This time, please tap Don't allow.
phone-install-apps-p3-back-fb = The Back key closes the window, but the app will ask again next time. When you see a window like this, tapping Don't allow is clearest.
phone-install-apps-p3-family-fb = Asking your family is good. First tap Don't allow in this window, because a flashlight does not need your texts. Then tell your family about it.

phone-install-apps-p4 = You opened Reunion Video, which you just installed, to video chat with your daughter. This window pops up. What do you do?
phone-install-apps-p4-behind = Reunion Video
phone-install-apps-p4-dialog-title = Allow "Reunion Video" to take pictures and record video?
phone-install-apps-p4-dialog-text = Reunion Video asks to use the camera so your family can see you on video calls.
phone-install-apps-p4-allow-fb = Well done! A video call needs the camera so your daughter can see you. What it asks for fits what it does, so it is fine to allow. "Only while using the app" means that when you are not using it, it cannot use the camera.
phone-install-apps-p4-deny-fb = Saying no is not dangerous, but then your daughter cannot see you on the call. A video app using the camera is normal, so you can allow it.
phone-install-apps-p4-family-fb = Asking your family is good too. A video app needs the camera, so you can allow it.

phone-install-apps-explain-6 = If you tapped the wrong button, don't worry. Open Settings, type "permissions" in the search box at the top, tap Permission manager, find the app, and switch off what it should not have. To remove an app you don't need, press and hold its icon, then tap Uninstall.

phone-install-apps-q-1 = A flashlight app wants to use your contacts. What do you do?
phone-install-apps-q-1-a-1 = Tap Don't allow; a flashlight doesn't need my contacts
phone-install-apps-q-1-a-1-feedback = That's right! First think: does it need this for what it does? If not, say no.
phone-install-apps-q-1-a-2 = Tap Allow, or the flashlight won't work
phone-install-apps-q-1-a-2-feedback = The flashlight still shines if you say no. When what it asks for doesn't fit what it does, tap Don't allow.
phone-install-apps-q-1-a-3 = Tap Allow, it doesn't really matter
phone-install-apps-q-1-a-3-feedback = Your contacts are your family's and friends' numbers. If the app has them, they could be used to cheat those people. Just tap Don't allow.

phone-install-apps-q-2 = A "customer service" caller asks you to install an app from a link and turn on "Accessibility", saying it is the only way to give you a refund. What do you do?
phone-install-apps-q-2-a-1 = Do as he says; he is customer service
phone-install-apps-q-2-a-1-feedback = Please don't. With Accessibility on, he can tap your phone for you and move your money. Hang up and tell your family.
phone-install-apps-q-2-a-2 = Don't install it; hang up and tell my family
phone-install-apps-q-2-a-2-feedback = That's right! Someone who asks you to install an app from a link and turn on Accessibility is almost always a scammer. Refunds happen in your order inside the shopping app itself.
phone-install-apps-q-2-a-3 = Install the app, but don't turn on Accessibility
phone-install-apps-q-2-a-3-feedback = Don't install this app either. Nobody has checked apps installed from links. Hang up, and install apps only from the app store.
