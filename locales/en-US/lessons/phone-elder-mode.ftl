# Lesson: Turn on elder mode (Using my phone)
phone-elder-mode-title = Turn on elder mode
phone-elder-mode-remember = Turn on Care mode in WeChat and Elder mode in Alipay: bigger text, bigger buttons. If you don't like it, you can turn it off anytime.

phone-elder-mode-explain-1 = WeChat and Alipay both have a special look made for older people. WeChat calls it "Care mode", and Alipay calls it "Elder mode". Once it is on, the text and the buttons are bigger, so you can read them easily and tap them without missing.
phone-elder-mode-explain-2 = Here is how to turn it on in WeChat: tap "Me" at the bottom right, then "Settings", then "Care mode", and turn it on. After that, WeChat can also read the text messages people send you out loud.

phone-elder-mode-p1 = This is the "Me" page in WeChat. Care mode is inside Settings. Please tap Settings.
phone-elder-mode-p1-title = Me
phone-elder-mode-p1-services = Services
phone-elder-mode-p1-favorites = Favorites
phone-elder-mode-p1-moments = Moments
phone-elder-mode-p1-stickers = Stickers
phone-elder-mode-p1-settings = Settings
phone-elder-mode-p1-settings-fb = Right! Settings is at the bottom of this page.
phone-elder-mode-p1-other-fb = Care mode is not in this one. Look at the bottom and tap Settings.

phone-elder-mode-p2 = These are WeChat's settings. You want bigger text and bigger buttons in WeChat. What do you do?
phone-elder-mode-p2-title = Settings
phone-elder-mode-p2-account = Account security
phone-elder-mode-p2-teen = Teen mode
phone-elder-mode-p2-care = Care mode
phone-elder-mode-p2-notify = Notifications
phone-elder-mode-p2-general = General
phone-elder-mode-p2-privacy = Privacy
phone-elder-mode-p2-care-fb = You found it! Care mode makes the text and the buttons bigger.
phone-elder-mode-p2-teen-fb = Teen mode is for children, and it turns off many features. You are looking for "Care mode". Have another look.
phone-elder-mode-p2-other-fb = Not this one. Look for the line with the word "Care" in it.
phone-elder-mode-p2-volunteer-fb = Asking a volunteer is a good idea. They will tell you: look for the line with the word "Care" in it, and tap it.

phone-elder-mode-p3 = You are on the page now. You want bigger text and bigger buttons. What do you do?
phone-elder-mode-p3-title = Care mode
phone-elder-mode-p3-about = When it is on, the text is bigger, the colors are clearer, and the buttons are bigger. It can also read the text messages people send you out loud.
phone-elder-mode-p3-switch = Care mode
phone-elder-mode-p3-switch-sub = You can turn it off again anytime
phone-elder-mode-p3-switch-fb = Well done! The switch moved to the right, so it is on. On a real phone, the text and the buttons get bigger right away.
phone-elder-mode-p3-back-fb = That is the back key, and it is not on yet. Please stay on this page and tap the switch to the right of Care mode.

phone-elder-mode-explain-3 = You can do the same in Alipay: tap "Me" at the bottom right, find "Settings" and tap it, then tap "Elder mode". If you can't find it, type "Elder mode" into the search box at the top of Alipay's home page.

phone-elder-mode-p4 = These are Alipay's settings. You want bigger text and bigger buttons in Alipay. What do you do?
phone-elder-mode-p4-title = Settings
phone-elder-mode-p4-account = Account security
phone-elder-mode-p4-payment = Payment settings
phone-elder-mode-p4-general = General
phone-elder-mode-p4-elder = Elder mode
phone-elder-mode-p4-privacy = Privacy
phone-elder-mode-p4-about = About Alipay
phone-elder-mode-p4-elder-fb = You found it! Tap Elder mode, and Alipay switches to big text and big buttons.
phone-elder-mode-p4-payment-fb = Payment settings are about paying; they can't change the text size. Look for the line with the word "Elder" in it.
phone-elder-mode-p4-other-fb = Not this one. Look for the line with the word "Elder" in it.

phone-elder-mode-explain-4 = Don't worry about breaking anything. These modes only change how things look. Your chats, your friends and your money all stay the same. If you don't like it, go back the same way and turn it off.

phone-elder-mode-q-1 = You turned on Care mode, but you are not used to it and want the old look back. What do you do?
phone-elder-mode-q-1-a-1 = The phone is broken, take it for repair
phone-elder-mode-q-1-a-1-feedback = The phone is not broken, no repair needed. Go the same way: tap Me, then Settings, then Care mode, and turn it off. The old look comes back.
phone-elder-mode-q-1-a-2 = Go back the same way and turn it off
phone-elder-mode-q-1-a-2-feedback = That's right! Turn it off the same way you turned it on. Your chats and your money stay just as they were.
phone-elder-mode-q-1-a-3 = Delete WeChat and install it again
phone-elder-mode-q-1-a-3-feedback = No need to delete WeChat; that only makes more trouble. Tap Me, then Settings, then Care mode, and turn it off.

phone-elder-mode-q-2 = You can't find Elder mode in Alipay's settings. What do you do?
phone-elder-mode-q-2-a-1 = Type "Elder mode" into the search box on Alipay's home page
phone-elder-mode-q-2-a-1-feedback = That's right! A search finds it right away. You can also ask your family or a volunteer to look with you.
phone-elder-mode-q-2-a-2 = Tap a link someone sent you to download a "seniors' Alipay"
phone-elder-mode-q-2-a-2-feedback = Please don't tap links like that; they may lead to a fake app made to cheat you. Elder mode is already inside Alipay: search for "Elder mode" on the home page.
phone-elder-mode-q-2-a-3 = Hand your phone and password to a friendly stranger on the street
phone-elder-mode-q-2-a-3-feedback = Your phone holds your money, so never give your password to a stranger. Ask your family or a community volunteer, or search for "Elder mode" on Alipay's home page.
