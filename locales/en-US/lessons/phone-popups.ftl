# Lesson: Pop-ups and fake clean-up (Using my phone)
phone-popups-title = Pop-ups and fake clean-up
phone-popups-remember = In a pop-up, don't tap the big button and don't trust the little x. Press the Back key to leave.

phone-popups-explain-1 = While you read the news or watch videos, a box often jumps onto the screen. It says things like "Memory full, clean now", "Congratulations, you won" or "Grab your red packet". This is a pop-up ad.
phone-popups-explain-2 = The biggest, brightest button in the box is the one the ad wants you to tap. It downloads an app or takes you to a payment page. Some ask for your phone number.
phone-popups-explain-3 = The little x in the corner is sometimes drawn by the ad itself, and tapping it takes you away too. The safest way out is the phone's Back key. If your phone has no keys at the bottom, swipe in from the left or right edge of the screen: that is Back too. Going to the home screen also works.

phone-popups-p1 = You are reading the news and this box jumps up. Don't tap its button or its little x. Please press the Back key at the bottom of the phone.
phone-popups-p1-page-title = Community canteen opens
phone-popups-p1-page-text = The neighborhood canteen opens today. People over sixty get twenty percent off. It opens at eleven every day.
phone-popups-p1-ad-title = Memory full!
phone-popups-p1-ad-text = Your phone's memory is 98% full. It is getting slower, and your photos may be lost! Clean it now.
phone-popups-p1-ad-speech = Your phone's memory is ninety-eight percent full. It is getting slower, and your photos may be lost! Clean it now.
phone-popups-p1-clean = Clean now
phone-popups-p1-back-fb = Well done! The Back key took you away from the ad without tapping anything. Leave every pop-up this way.
phone-popups-p1-home-fb = That works too! Going to the home screen leaves the ad. To keep reading the news, just open it again.
phone-popups-p1-clean-fb = Don't tap the big button. It installs a "cleaner" app or asks you to pay. Your phone is actually fine. Please press the Back key at the bottom of the phone.
phone-popups-p1-close-fb = This little x is drawn by the ad, and tapping it also takes you to a download. That's all right: press the Back key at the bottom of the phone to leave.
phone-popups-p1-family-fb = Asking your family is always fine. This box is an ad. Don't tap it; just press the Back key at the bottom of the phone.

phone-popups-explain-4 = If you tap one by mistake, don't worry. On the page that opens, don't install anything, don't pay, and don't type your phone number. Just press Back to get out. Pop-ups that say "your phone has a virus" need even more care; the lesson "Fake virus alerts, remote control" covers them.

phone-popups-p2 = You are watching a health video on your phone, and another box jumps up. What do you do?
phone-popups-p2-page-title = Five minutes a day for a healthy neck
phone-popups-p2-page-text = Follow the video slowly, once in the morning and once at night.
phone-popups-p2-ad-title = Congratulations, you won!
phone-popups-p2-ad-text = You are today's lucky visitor number 8888 and win a brand-new phone for free! Just pay 9.90 yuan for shipping.
phone-popups-p2-ad-speech = You are today's lucky visitor number eight thousand eight hundred eighty-eight and win a brand-new phone for free! Just pay nine yuan ninety for shipping.
phone-popups-p2-claim = Claim now
phone-popups-p2-back-fb = Well done! You saw it was an ad. Leaving with the Back key, without tapping anything, is safest.
phone-popups-p2-home-fb = Right too! Go to the home screen and the ad is gone.
phone-popups-p2-family-fb = Very good! Asking your family puts your mind at ease. This is a fake ad: press Back to leave.
phone-popups-p2-claim-fb = Don't tap it. Free phones don't fall from the sky. It asks you to pay "shipping" and to type your phone number and bank card. What arrives is often fake, or nothing at all. Please press Back to leave.
phone-popups-p2-close-fb = You can't tell if the little x in an ad is real, and a wrong tap takes you away. Press the phone's Back key: that is the safest way.

phone-popups-explain-5 = If your phone really is full or slow, clean it with the tool that came with the phone. On most phones it is called "Phone Manager"; on vivo phones, "i Manager". You can also open Settings and type "storage" in the search box at the top. There is no need to download a cleaner app.

phone-popups-p3 = This time you opened Settings yourself and tapped Storage. The phone really is almost full. What do you do?
phone-popups-p3-title = Storage
phone-popups-p3-used = 58 GB used of 64 GB
phone-popups-p3-used-speech = Fifty-eight gigabytes used of sixty-four
phone-popups-p3-photos = Photos and videos
phone-popups-p3-photos-size = 21 GB
phone-popups-p3-apps = Apps
phone-popups-p3-apps-size = 26 GB
phone-popups-p3-other = System and other
phone-popups-p3-other-size = 11 GB
phone-popups-p3-clean = Clean up
phone-popups-p3-clean-fb = Right! This is the phone's own Settings, and you opened it yourself. It is not an ad, so cleaning here is safe. The phone lists what can be deleted; look carefully before deleting photos.
phone-popups-p3-back-fb = This page is the phone's own Settings, not a pop-up, so there is no need to leave. When the phone is almost full, clean it up right here.
phone-popups-p3-family-fb = Asking your family is fine too. You opened this page yourself from Settings. It is not an ad, and cleaning here is safe.

phone-popups-explain-6 = Since 2022, national rules say a pop-up ad must be marked as an ad and must close with one tap, with no tricks. Apps' elder modes should have no ads at all, so turning on elder mode in the apps you use means far fewer pop-ups. Some ads still break the rules, so the Back key is still the safest way out.

phone-popups-q-1 = A pop-up says "Memory full, clean now". You would like to clean up your phone too. What do you do?
phone-popups-q-1-a-1 = Tap "Clean now" in the pop-up
phone-popups-q-1-a-1-feedback = The buttons in a pop-up belong to the ad. They install an app or ask you to pay. First press Back to leave, then clean up with the Phone Manager that came with your phone.
phone-popups-q-1-a-2 = Press Back to leave, then open the phone's own Phone Manager
phone-popups-q-1-a-2-feedback = That's right! The phone's own Phone Manager, or Storage in Settings, is the safe way to clean up.
phone-popups-q-1-a-3 = Do what the ad says and download another cleaner app
phone-popups-q-1-a-3-feedback = No need to download anything. Cleaner apps like that often show pop-ups themselves. The Phone Manager that came with your phone is enough.

phone-popups-q-2 = There is a little x in the corner of a pop-up. What is the safest way to leave?
phone-popups-q-2-a-1 = Press the phone's Back key, or go to the home screen
phone-popups-q-2-a-1-feedback = That's right! The Back key belongs to the phone, not to the ad, so it is the safest.
phone-popups-q-2-a-2 = Tap the little x; it always closes the ad
phone-popups-q-2-a-2-feedback = The little x is sometimes drawn by the ad and takes you away. Pressing the phone's Back key is safer.
phone-popups-q-2-a-3 = Tap the biggest button in the box
phone-popups-q-2-a-3-feedback = The biggest button is exactly what the ad wants you to tap. Don't tap it; press Back to leave.
