# Lesson: Quiet notifications, free space (Using my phone)
phone-notifications-title = Quiet notifications, free space
phone-notifications-remember = For an annoying notification, press and hold it, then tap Turn off notifications. Keep WeChat and phone call notifications on.

phone-notifications-explain-1 = When your phone goes "ding" and a message pops up on the screen, that is a "notification". Many notifications are ads from shopping apps and games. There are lots of them, and they get annoying. You can turn these off.
phone-notifications-explain-2 = The quickest way: slide your finger down from the very top of the screen to open the notification list. Press and hold the annoying notification for a second or two, and a few options appear. Tap "Turn off notifications". On some phones, you slide the notification gently to the left first, then tap the little gear.
phone-notifications-explain-3 = You can also do it in Settings: open Settings, tap "Notifications", find the app, and turn off the switch on its right. Phone brands name this a little differently: some say "Notifications and status bar", some say "Manage notifications". If you can't find it, type "notifications" into the search box at the top of Settings.
phone-notifications-explain-4 = Some notifications should stay on: WeChat, phone calls, text messages, and the National Anti-Fraud Center app. Turn them off, and you will miss your family and the fraud warnings. Notifications from shopping, game and video apps can be turned off. The app still works without them. To get them back, just turn the switch on again.

phone-notifications-btn-off = Turn off notifications
phone-notifications-btn-settings = Settings

phone-notifications-p1 = This is the notification list, pulled down from the top of the screen. You are already holding down the ad from Goodwares Mall, and options have appeared under it. Please tap Turn off notifications.
phone-notifications-p1-shop = Goodwares Mall
phone-notifications-p1-shop-sub = Flash sale! Last hour, grab it now!
phone-notifications-p1-wechat = WeChat
phone-notifications-p1-wechat-sub = Daughter: Mom, video call at seven tonight.
phone-notifications-p1-off-fb = Well done! Goodwares Mall's notifications are off, and it won't "ding" anymore. The mall app is still there, and you can open it whenever you want to shop.
phone-notifications-p1-settings-fb = Settings works too, but it takes a few more taps. Here, the quickest way is to tap "Turn off notifications".
phone-notifications-p1-open-fb = A tap opens the mall and shows you more ads. To turn off its notifications, tap "Turn off notifications" under it.
phone-notifications-p1-wechat-fb = That is a WeChat message from your daughter, so keep it. The one to turn off is Goodwares Mall, above it.

phone-notifications-p2 = This is where Settings manages notifications. You don't want shopping ads anymore, but you still want your family's messages. What do you do?
phone-notifications-p2-title = Manage notifications
phone-notifications-p2-wechat = WeChat
phone-notifications-p2-wechat-sub = About 8 notifications a day
phone-notifications-p2-calls = Phone
phone-notifications-p2-sms = Messages
phone-notifications-p2-antifraud = National Anti-Fraud Center
phone-notifications-p2-shop = Goodwares Mall
phone-notifications-p2-shop-sub = About 30 notifications a day
phone-notifications-p2-weather = Weather
phone-notifications-p2-shop-fb = Well done! Goodwares Mall is a shopping app. Its switch is now to the left, so its ads are off. WeChat is still on, so your family's messages still reach you.
phone-notifications-p2-wechat-fb = Keep WeChat's notifications on. Without them, you won't hear your family's messages or video calls. Leave it on, and look again for the shopping app.
phone-notifications-p2-calls-fb = Keep phone call notifications on, or you might not know when someone calls. Look again for the shopping app.
phone-notifications-p2-sms-fb = Keep text message notifications on. Reminders from the hospital and the community, and fraud warnings from 12381, all come this way. Look again for the shopping app.
phone-notifications-p2-antifraud-fb = Always keep the National Anti-Fraud Center app's notifications on. It warns you about scammers. Look again for the shopping app.
phone-notifications-p2-weather-fb = The weather app doesn't send many notifications, so it's fine to keep it. Today, the one to turn off is the shopping app that sends ads every day.
phone-notifications-p2-volunteer-fb = Asking a volunteer is a good idea. They will tell you: the one with "Mall" in its name is the shopping app. Turn off the switch on its right.

phone-notifications-p3 = A game sends a notification every minute, and your phone keeps buzzing. You are already holding down the top one, and options have appeared. What do you do?
phone-notifications-p3-game = Happy Star Match
phone-notifications-p3-game-sub-1 = Just now: Your energy is full, come back and play!
phone-notifications-p3-game-sub-2 = 1 minute ago: Free coins for you, claim them now!
phone-notifications-p3-game-sub-3 = 2 minutes ago: A friend beat your score, catch up!
phone-notifications-p3-sms = Messages
phone-notifications-p3-sms-sub = Community: The water will be off tomorrow morning. Please fill some containers ahead of time.
phone-notifications-p3-off-fb = Well done! The game's notifications are off, and your phone is quiet. The game is still there, and you can play whenever you like.
phone-notifications-p3-settings-fb = Settings works too, with a few more taps: find this game and turn off its switch. The quickest way is to tap "Turn off notifications".
phone-notifications-p3-open-fb = That opens the game, and the notifications will keep coming every minute. Look at the options under it and tap "Turn off notifications".
phone-notifications-p3-sms-fb = That is a useful text from the community, so keep it. The annoying ones are the game's notifications above.
phone-notifications-p3-home-fb = If you go back to the home screen, the game will keep sending a notification every minute. Better to turn its notifications off right here.

phone-notifications-q-1 = Which app's notifications should you always keep on?
phone-notifications-q-1-a-1 = The shopping app, with deals every day
phone-notifications-q-1-a-1-feedback = Shopping ads can be turned off. The one to always keep on is WeChat, because that's how your family reaches you.
phone-notifications-q-1-a-2 = WeChat, because my family messages and video calls me there
phone-notifications-q-1-a-2-feedback = That's right! Keep notifications on for WeChat, phone calls, text messages and the National Anti-Fraud Center app.
phone-notifications-q-1-a-3 = The game, to remind me to play
phone-notifications-q-1-a-3-feedback = Game notifications can be turned off. You can open the game yourself whenever you want. The one to always keep on is WeChat.

phone-notifications-explain-5 = After a while, your phone may say "Storage almost full". Then you can't take photos or install anything. Time to clean up. Use the phone's own "Phone Manager" app and tap clean up. On vivo phones it is called "iManager". Or open Settings, tap "Storage", then tap clean up. If you can't find it, search Settings for "storage".
phone-notifications-explain-6 = Don't download the "Master Cleaner" or "Phone Booster" apps that pop-ups offer you. They clean very little but show lots of ads, and some even spy on your information. The lesson "Pop-ups and fake clean-up" explains more.
phone-notifications-explain-7 = Photos and videos take up the most space. Before you delete photos, make sure they are saved somewhere, for example on a computer, with your children's help. If you're not sure, don't delete them yet, and ask your family to take a look. Deleted photos are gone for good after a while.

phone-notifications-p4 = Your phone says it is out of space, and you can't take photos. You opened Settings and tapped Storage. What do you do?
phone-notifications-p4-title = Storage
phone-notifications-p4-notice = Storage almost full. Some features may not work.
phone-notifications-p4-used = 61.5 GB used of 64 GB
phone-notifications-p4-used-speech = Sixty-one and a half gigabytes used, out of sixty-four.
phone-notifications-p4-clean = Free up space
phone-notifications-p4-clean-sub = Built into your phone: clears out junk files you don't need
phone-notifications-p4-photos = Photos and videos
phone-notifications-p4-photos-size = 23 GB
phone-notifications-p4-apps = Apps
phone-notifications-p4-apps-size = 18 GB
phone-notifications-p4-clean-fb = Well done! This is the phone's own clean-up, so it is safe to use. It clears out junk files you don't need. If it asks whether to delete photos and you're not sure, don't delete them yet.
phone-notifications-p4-photos-fb = Photos and videos take up the most space, but before deleting any, make sure they are saved. If you're not sure, leave them and ask your family for help. For now, use the phone's own clean-up to clear out junk.
phone-notifications-p4-apps-fb = Here you can remove apps you don't use, but be careful not to remove WeChat or your bank's app. For now, the phone's own clean-up is the easiest choice.
phone-notifications-p4-family-fb = Good idea! Ask your family to save your photos, then clean up together. To do it yourself, use the phone's own clean-up. It is safe.

phone-notifications-q-2 = A pop-up appears on your phone: "Too much junk on your phone! Download Master Cleaner now!" What do you do?
phone-notifications-q-2-a-1 = Tap "Download now" and install Master Cleaner
phone-notifications-q-2-a-1-feedback = Don't install it. Apps like this are full of ads, and some spy on your information. Press the back key to leave, and use the phone's own Phone Manager to clean up.
phone-notifications-q-2-a-2 = Tap "Clean now" in the pop-up
phone-notifications-q-2-a-2-feedback = Don't tap buttons in a pop-up. They may download an app or show you more ads. Press the back key to leave, then use the phone's own Phone Manager to clean up.
phone-notifications-q-2-a-3 = Ignore it, press the back key to leave, and clean up with the phone's own Phone Manager
phone-notifications-q-2-a-3-feedback = That's right! Don't install apps from pop-ups. To free up space, use only what came with your phone.

phone-notifications-q-3 = You want to delete some photos to free up space. What do you do first?
phone-notifications-q-3-a-1 = Make sure the photos are saved somewhere, and ask my family if I'm not sure
phone-notifications-q-3-a-1-feedback = That's right! Delete only once they are saved, and you can rest easy. You don't want to lose your family photos.
phone-notifications-q-3-a-2 = Select them all and delete them at once
phone-notifications-q-3-a-2-feedback = Not so fast. Once deleted, they may be gone for good. First make sure the photos are saved, and ask your family if you're not sure.
phone-notifications-q-3-a-3 = Uninstall WeChat first
phone-notifications-q-3-a-3-feedback = Don't uninstall WeChat: your chat history may be lost. Use the phone's own Phone Manager to clear out junk first, and ask your family before you delete photos.
