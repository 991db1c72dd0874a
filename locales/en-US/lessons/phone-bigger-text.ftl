# Lesson: make the text bigger (Using my phone)
phone-bigger-text-title = Make the text bigger
phone-bigger-text-remember = If the text is too small, make it bigger in Settings. If you can't find it, search Settings for "font".

phone-bigger-text-explain-1 = If the text on your phone is too small to read comfortably, you can make it bigger. Do it once, and the text in almost every app gets bigger.
phone-bigger-text-explain-2 = Open Settings, tap "Display" (on some phones "Display and brightness"), then tap "Font size".
phone-bigger-text-explain-3 = Huawei, Xiaomi, OPPO, vivo and Honor name things a little differently. If you can't find it, type "font" into the search box at the top of Settings and it shows up right away.

phone-bigger-text-p1 = These are the phone's settings. Please tap the item where the font size is.
phone-bigger-text-p1-title = Settings
phone-bigger-text-p1-wifi = Wi-Fi
phone-bigger-text-p1-sound = Sound and vibration
phone-bigger-text-p1-display = Display and brightness
phone-bigger-text-p1-display-sub = Font size, brightness, eye comfort
phone-bigger-text-p1-security = Passwords and security
phone-bigger-text-p1-display-fb = Right! Font size is under "Display and brightness".
phone-bigger-text-p1-other-fb = Font size is not in this one. Look at the small text under each line: which one mentions font size?

phone-bigger-text-p2 = This is the font size page. The sample text is too small for you to read comfortably. What do you do?
phone-bigger-text-p2-title = Font size
phone-bigger-text-p2-sample = Sample: Sunny today. At three this afternoon, go to the community center.
phone-bigger-text-p2-larger-fb = Well done! The text got bigger. If you want it even bigger, tap again until it feels comfortable.
phone-bigger-text-p2-smaller-fb = The text got smaller, which is even harder to read. Try the other button.

phone-bigger-text-q-1 = You can't find "Font size" in Settings. What do you do?
phone-bigger-text-q-1-a-1 = Type "font" in the search box at the top of Settings
phone-bigger-text-q-1-a-1-feedback = That's right! Searching for "font" finds it on any brand of phone.
phone-bigger-text-q-1-a-2 = Buy a new phone
phone-bigger-text-q-1-a-2-feedback = No need for a new phone. Every phone can change its font size; search Settings for "font".
phone-bigger-text-q-1-a-3 = Never mind, just squint
phone-bigger-text-q-1-a-3-feedback = No need to squint. Search Settings for "font" and it takes a minute, or ask your family to help.
