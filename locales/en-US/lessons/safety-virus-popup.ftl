# Lesson: Fake virus alerts, remote control (Staying safe from scams)
safety-virus-popup-title = Fake virus alerts, remote control
safety-virus-popup-remember = If a pop-up says your phone has a virus, don't tap it; press Back to leave. If a stranger asks you to install a remote-control app, don't.

safety-virus-popup-explain-1 = While you read the news online, the page may suddenly shake and show a red warning: "Your phone has 3 viruses! Remove them now!" Some say "Call tech support". This is an ad. It is not your phone warning you.
safety-virus-popup-explain-2 = Your phone's own security app never reports viruses inside a web page. A web page that shouts "virus" is always fake. Don't tap the buttons in the box, and don't tap the little x in the corner. Just press your phone's Back key to leave.

safety-virus-popup-p1 = You are reading the news. The page shakes and this box appears. Don't tap the buttons or the little x. Please press the Back key at the bottom of your phone.
safety-virus-popup-p1-page-title = Chrysanthemum show opens in the park
safety-virus-popup-p1-page-text = The chrysanthemum show in East Park opens today and runs for a month. Entry is free for people over sixty.
safety-virus-popup-p1-ad-title = Warning! 3 viruses found
safety-virus-popup-p1-ad-text = Your phone is infected. Your bank cards and photos are at risk of being stolen! Remove the viruses now, or call tech support at 010-0000-0590.
safety-virus-popup-p1-ad-speech = Your phone is infected. Your bank cards and photos are at risk of being stolen! Remove the viruses now, or call the tech support number on the screen.
safety-virus-popup-p1-clean = Remove viruses now
safety-virus-popup-p1-call = Call tech support
safety-virus-popup-p1-back-fb = Well done! Pressing Back took you away from the ad. Your phone is fine, and there is nothing else to do.
safety-virus-popup-p1-home-fb = That works too! Going back to the home screen makes the ad disappear. Your phone is fine, no need to worry.
safety-virus-popup-p1-clean-fb = Please don't tap that. This button makes you download a "virus cleaner" or asks you to pay. Your phone is actually fine. Please press the Back key at the bottom of your phone.
safety-virus-popup-p1-call-fb = Don't call this number. The person who answers is not a technician but a scammer. He will have you install an app and then take your money. Please press the Back key at the bottom of your phone.
safety-virus-popup-p1-close-fb = This little x is drawn by the ad, and tapping it takes you somewhere else too. That's all right. Please press the Back key at the bottom of your phone to leave.
safety-virus-popup-p1-family-fb = You can ask your family any time. This box is an ad. Don't tap it; press the Back key at the bottom of your phone to leave.

safety-virus-popup-explain-3 = If you tap the button or call the number, a "technician" gets in touch. He says hackers have taken over your phone and your bank card is in danger. He asks you to install a "remote assistance" app, or to turn on screen sharing or Accessibility, so he can remove the virus for you.
safety-virus-popup-explain-4 = Once it is installed or turned on, he can see your screen and tap your phone for you. He can see your verification codes and passwords, and the money in your account is gone. He will also say "don't tell your family yet". In the United States, fake tech support is the scam people over sixty report most often.

safety-virus-popup-p2 = Suppose you called the number in the pop-up. The person added you on WeChat and sent these messages. How do you reply?
safety-virus-popup-p2-title = Phone Security Center
safety-virus-popup-p2-m1 = Hello, I am a technician at the Phone Security Center. We have detected that hackers control your phone. The money on your bank card is in danger!
safety-virus-popup-p2-m2 = Please tap the link below right away and download "Remote Helper". I will remove the virus for you remotely.
safety-virus-popup-p2-m3 = This is urgent. Don't tell your family yet, or they may touch your phone and waste time.
safety-virus-popup-p2-install = OK, I'll download and install it now
safety-virus-popup-p2-share = I can't install it, I'll turn on screen sharing so you can see
safety-virus-popup-p2-own = No thanks, I'll open my phone's own security app and check
safety-virus-popup-p2-own-fb = Well done! To find out whether your phone has a virus, just open its own security app yourself. Don't install apps a stranger asks for. He told you not to tell your family, and that is exactly how scammers behave.
safety-virus-popup-p2-install-fb = Please don't install it. With Remote Helper he can use your phone and move the money on your card. You don't need to reply to him anymore. Tell your family.
safety-virus-popup-p2-share-fb = Don't turn on screen sharing either. Once you share, he can see your codes and your bank card. You don't need to reply to him anymore. Tell your family.
safety-virus-popup-p2-link-fb = Don't tap this link. It downloads an app that lets someone else control your phone. You don't need to reply to him anymore. Tell your family.
safety-virus-popup-p2-family-fb = Very good! He told you not to tell your family, so telling them is exactly right. Scammers fear that most.

safety-virus-popup-p3 = The "technician" keeps pushing: "Go to the app store, search for Remote Helper and install it." You found this page. What do you do?
safety-virus-popup-p3-title = App Market
safety-virus-popup-p3-name = Remote Helper
safety-virus-popup-p3-maker = Yuanbang Network Technology Co., Ltd.
safety-virus-popup-p3-checked = Passed security check
safety-virus-popup-p3-desc = A remote assistance tool. Once installed, someone else can see and use your phone from their own phone.
safety-virus-popup-p3-back-fb = Well done! The app itself is not the problem. A stranger wants you to install it so he can control your phone. Don't install it, stop replying to him, and tell your family.
safety-virus-popup-p3-home-fb = That's right too! Leave this page without installing. Never install a remote-control app because a stranger asks.
safety-virus-popup-p3-install-fb = Please don't install it. The app in the store is real, but the person asking you is a scammer. With it, he can use your phone. Press the Back key to leave, and tell your family.
safety-virus-popup-p3-family-fb = Very good! Asking your family first is the safest thing. Never install a remote-control app because a stranger asks.

safety-virus-popup-p4 = Suppose you already installed Remote Helper. Now the "technician" tells you to open Settings, tap Accessibility, and turn it on. This window appears. What do you do?
safety-virus-popup-p4-title = Accessibility
safety-virus-popup-p4-row = Remote Helper
safety-virus-popup-p4-row-sub = Downloaded services
safety-virus-popup-p4-dialog-title = Allow "Remote Helper" to have full control of your phone?
safety-virus-popup-p4-dialog-text = It will be able to see everything on your screen, and to tap the screen and type for you.
safety-virus-popup-p4-deny-fb = Well done! Now he cannot control your phone. Next, hang up, uninstall Remote Helper, and tell your family.
safety-virus-popup-p4-allow-fb = Please don't allow it. Once you do, he can see your verification codes and even transfer money for you. Tap Deny, hang up, and tell your family.
safety-virus-popup-p4-family-fb = Very good! Call your family and talk it over. Tap Deny on this window first, so nobody can control your phone.
safety-virus-popup-p4-back-fb = Pressing Back closes the window, but he will push you to turn it on again. When you see a window like this, tapping Deny is the clearest answer.

safety-virus-popup-explain-5 = To check your phone for viruses, open its own security app yourself. On most phones it is on the home screen and is called "Phone Manager"; on vivo phones it is "i Manager". Tap "Virus scan" or "Security check"; the name differs a little from maker to maker. If you can't find it, ask your family or a volunteer to help.

safety-virus-popup-p5 = This time you opened Phone Manager yourself from the home screen and tapped Virus scan. The scan has finished. What do you do?
safety-virus-popup-p5-title = Phone Manager
safety-virus-popup-p5-result = No risks found
safety-virus-popup-p5-count = 86 apps checked
safety-virus-popup-p5-virus = Virus scan
safety-virus-popup-p5-virus-value = Safe
safety-virus-popup-p5-pay = Payment protection
safety-virus-popup-p5-pay-value = On
safety-virus-popup-p5-done-fb = Right! This is your phone's own security app, and you opened it yourself. It is not an ad in a web page. It says there is no risk, so you can relax.
safety-virus-popup-p5-back-fb = This page is your phone's own Phone Manager, not a pop-up. It says there is no risk, so you can relax. Just tap Done.
safety-virus-popup-p5-family-fb = Asking your family is fine too. You opened Phone Manager yourself, and it says there is no risk, so you can relax.

safety-virus-popup-q-1 = While you browse, a box pops up: "Your phone has a virus. Call tech support." What do you do?
safety-virus-popup-q-1-a-1 = Call the number right away
safety-virus-popup-q-1-a-1-feedback = Don't call. The person who answers is a scammer who will have you install an app and send money. Just press Back to leave.
safety-virus-popup-q-1-a-2 = Press Back to leave, and open Phone Manager myself if I want to check
safety-virus-popup-q-1-a-2-feedback = That's right! Phone Manager never reports viruses inside a web page. To check, open it yourself.
safety-virus-popup-q-1-a-3 = Tap the little x in the corner to close it
safety-virus-popup-q-1-a-3-feedback = The little x is sometimes drawn by the ad, and tapping it takes you somewhere else. Pressing your phone's Back key is the safest way.

safety-virus-popup-q-2 = A "technician" on the phone says: "Install a remote app and I'll protect your bank card." What do you do?
safety-virus-popup-q-2-a-1 = Install it as he says, he is helping me
safety-virus-popup-q-2-a-1-feedback = Please don't install it. Once it is on your phone, he can use it and move the money on your card. Hang up and tell your family.
safety-virus-popup-q-2-a-2 = Don't install it; hang up and tell my family
safety-virus-popup-q-2-a-2-feedback = That's right! Never install a remote-control app because a stranger asks. If you are worried, call 96110 to ask.
safety-virus-popup-q-2-a-3 = Install it, but only let him look, not touch
safety-virus-popup-q-2-a-3-feedback = Once it is installed, you can't stop him. He can see your codes and tap for you. Please don't install it. Hang up.

safety-virus-popup-explain-6 = If you already installed it or tapped Allow, don't panic. First hang up and turn your phone off. Then use your home phone or a family member's phone to call the number on the back of your bank card, and ask the bank to freeze the card. Then call 110 or 96110, and tell your family.
