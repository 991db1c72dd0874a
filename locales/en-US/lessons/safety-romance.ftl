# Lesson: Online romance asking for money (Staying safe from scams)
safety-romance-title = Online romance asking for money
safety-romance-remember = Someone you have never met who brings up money is a scammer. Don't send money, and tell your family.

safety-romance-explain-1 = Living alone can feel lonely. Scammers look for older people who feel this way. They add you on WeChat, a short-video app or a dating app. The person in the photo looks lovely and talks gently. He often says he is a soldier abroad, a doctor overseas, or a successful businessman. With older men, the scammer plays a young, pretty woman.
safety-romance-explain-2 = He greets you every day, good morning and good night, for weeks on end. He calls you "darling" and says he wants to spend his life with you. But he can never meet you. When you ask for a video call, he says it isn't allowed, the signal is bad, or his camera is broken. If a video call does happen, it lasts a few seconds and the picture freezes. Even the face may be made by a computer.
safety-romance-explain-3 = Once you trust him, he starts talking about money. There are three common stories. One: something bad happened, he is in the hospital, he is being held, or he can't afford a ticket home. Two: an "investment": he made money on a platform and wants you in, for your future together. Three: he sent you a gift, customs is holding it, and you must pay a fee first.

safety-romance-p1 = You have chatted online with "Dr. Chen" for two months, and you have never met. Today he sends you these messages. How do you reply?
safety-romance-p1-title = Dr. Chen
safety-romance-p1-m1 = Good morning, darling. It's turned cold today. Wear something warm when you go out.
safety-romance-p1-m2 = I will. You take care of yourself over there, too.
safety-romance-p1-m3 = Meeting you is the luckiest thing in my life. When my contract abroad ends, I'll come home to you and we'll have a good life together.
safety-romance-p1-m4 = A teacher is leading my trades, and I made a lot on a platform. I want to buy us a home for our future. You should invest a little too. It can't lose. Don't tell your children about this yet.
safety-romance-p1-invest = OK, I'll put some in too. How do I download the platform?
safety-romance-p1-stop = We have never met. If you talk about money, I'm done chatting.
safety-romance-p1-small = I'll put in a thousand yuan first and see.
safety-romance-p1-stop-fb = Well done! Someone you have never met who brings up money is a scammer. "It can't lose" and "don't tell your children" are things scammers say. Stop chatting with him. You can delete and block him, then tell your family.
safety-romance-p1-invest-fb = Please don't download anything, and don't put in any money. You have never met, yet he wants you to invest. That is the scam. His platform is made by the scammers themselves. Stop chatting with him and tell your family.
safety-romance-p1-small-fb = Don't put in even a little. Scammers let you "win" a bit first, then coax you into putting in a lot. When someone you have never met brings up money, stop chatting and tell your family.
safety-romance-p1-family-fb = Very good! He said not to tell your children, so tell them all the more. With your family looking too, the scammer gets nowhere.
safety-romance-p1-back-fb = Leaving the chat is right. If he brings up money again, don't reply. Tell your family about it.

safety-romance-explain-4 = His "platform" is an app the scammers made. The numbers in it go up every day, and at first you can even take out a little. That is the bait. Once you have put in a lot and want it back, the app says your account is frozen and you must first pay an "unfreezing fee" or a "deposit". After one payment comes the next, and you never get a cent back.

safety-romance-p2 = Suppose you listened to Dr. Chen and put twenty thousand yuan into his platform. A week later, you open the app and see this page. What do you do?
safety-romance-p2-title = Jintai Global
safety-romance-p2-total-label = My assets
safety-romance-p2-total = ¥31,600.00
safety-romance-p2-total-speech = My assets: thirty-one thousand six hundred yuan.
safety-romance-p2-profit = Profit this week ¥11,600.00
safety-romance-p2-profit-speech = Profit this week: eleven thousand six hundred yuan.
safety-romance-p2-notice = VIP channel open today: add ¥50,000.00 and double your returns! Limited places.
safety-romance-p2-notice-speech = VIP channel open today. Put in fifty thousand yuan more and double your returns. Limited places.
safety-romance-p2-invest = Invest more
safety-romance-p2-withdraw = Withdraw
safety-romance-p2-invest-fb = Please don't put in any more. Making over ten thousand in a week just doesn't happen. The scammers type in whatever numbers they like, and your money is long gone. Stop now, call 110, and tell your family.
safety-romance-p2-withdraw-fb = Wanting your money back makes sense. But an app like this will most likely say you must first pay an unfreezing fee. Whatever it asks, don't pay a single yuan more. Call 110 and tell your family.
safety-romance-p2-family-fb = Well done! Tell your family and call 110 together. Keep your chats and transfer records. Don't delete them. The police can use them.
safety-romance-p2-volunteer-fb = Very good! A volunteer can help you call the police. Don't put another yuan into this app.
safety-romance-p2-back-fb = Leaving the app without putting in more is right. Next, call 110, and tell your family.

safety-romance-p3 = Dr. Chen says he has sent you a gift. Today you get this text message. What do you do?
safety-romance-p3-sender = Unknown number
safety-romance-p3-body = International Parcel Clearance Center: The parcel Dr. Chen Zhiyuan sent you has reached customs. It contains gold jewelry and foreign cash over the allowed value and is being held. Pay the clearance fee of ¥4,800.00 today to the officer's account. If late, it will be seized and you will be held responsible.
safety-romance-p3-body-speech = International Parcel Clearance Center: The parcel Dr. Chen Zhiyuan sent you has reached customs. It contains gold jewelry and foreign cash over the allowed value and is being held. Pay the clearance fee of four thousand eight hundred yuan today to the officer's account. If late, it will be seized and you will be held responsible.
safety-romance-p3-link-fb = Don't tap this link. When someone really sends a gift, nobody asks the person receiving it to pay into a private account. "Seized" and "held responsible" are there to scare you. Delete the text and tell your family.
safety-romance-p3-delete-fb = Well done! This text is from scammers, and there is no parcel at all. Just delete it, don't pay anything, and tell your family.
safety-romance-p3-report-fb = Well done! Reporting it makes it harder for this number to cheat others. The "gift" is fake. Don't pay anything.
safety-romance-p3-family-fb = Very good! Let your family look at it with you. A "gift" from someone you have never met that needs you to pay is a scam.

safety-romance-explain-5 = Remember this: someone you have never met who brings up money is a scammer. Whether he says it is for a hospital, an investment or a customs fee, don't send anything. If he says "don't tell your children", that is all the more reason to tell your family. Being fooled is nothing to be ashamed of. The scammer is the one in the wrong.

safety-romance-p4 = Your old neighbor Sister Liu sends you a WeChat message. You have known her for over ten years and see her downstairs every day. How do you reply?
safety-romance-p4-title = Sister Liu
safety-romance-p4-m1 = I haven't seen you downstairs for days. Are you feeling all right?
safety-romance-p4-m2 = Saturday morning there's a square-dance party at the community center. It's free. Let's go dance together. I'll wait for you downstairs.
safety-romance-p4-accept = Sure, see you downstairs on Saturday!
safety-romance-p4-refuse = Are you a scammer? I'm not going.
safety-romance-p4-later = My legs aren't great this week. Next time.
safety-romance-p4-accept-fb = Well done! Sister Liu is someone from your real life whom you see every day. She invited you to dance and said nothing about money. You can say yes to an invitation like this. Getting out and about helps you feel less lonely, too.
safety-romance-p4-refuse-fb = Don't worry, Sister Liu is not a scammer. She is a neighbor you know in person, she only invited you to dance, and she never mentioned money. You can happily say yes to this.
safety-romance-p4-later-fb = Going next time is fine too. Sister Liu is a neighbor you know, and she didn't mention money, so this invitation is safe. When your legs feel better, go dance together.
safety-romance-p4-family-fb = You can ask your family, of course. But Sister Liu is a neighbor you see every day, and she didn't mention money. It is fine to say yes.

safety-romance-q-1 = Your online "sweetheart" of three months says: "I'm in the hospital abroad. Please send me twenty thousand yuan." What do you do?
safety-romance-q-1-a-1 = He is very ill, so send the money first
safety-romance-q-1-a-1-feedback = Please don't send money yet. You have never met, and the illness may be made up. Someone you have never met who brings up money is a scammer. Tell your family.
safety-romance-q-1-a-2 = Send nothing, stop chatting, and tell my family
safety-romance-q-1-a-2-feedback = That's right! Someone you have never met who brings up money is a scammer.
safety-romance-q-1-a-3 = Ask him to send a photo of his hospital bill first
safety-romance-q-1-a-3-feedback = Photos are easy to fake, and a scammer will send one right away. There is no need to ask more: send nothing, and tell your family.

safety-romance-q-2 = He says: "Don't tell your children about this yet. They don't understand what we have." What do you do?
safety-romance-q-2-a-1 = He's right, they would object, so I'll keep quiet
safety-romance-q-2-a-1-feedback = Keeping it from your family means nobody can warn you. That is exactly why you should tell them.
safety-romance-q-2-a-2 = The more he says keep quiet, the more I tell my family
safety-romance-q-2-a-2-feedback = That's right! Scammers fear nothing more than you talking to your family. Another pair of eyes keeps you safer.

safety-romance-q-3 = The platform says: "Your account is frozen. Pay a three thousand yuan unfreezing fee and you can take your money out." What do you do?
safety-romance-q-3-a-1 = Pay quickly, then I can take it out
safety-romance-q-3-a-1-feedback = After this fee comes another, and the money still won't come out. Don't pay anything. Call 110.
safety-romance-q-3-a-2 = Pay nothing, call 110, and tell my family
safety-romance-q-3-a-2-feedback = Well done! The sooner you call the police, the better. Keep your chats and transfer records. Don't delete them.
safety-romance-q-3-a-3 = Ask Dr. Chen to pay it for me
safety-romance-q-3-a-3-feedback = Dr. Chen and this platform are working together. He will only get you to pay more. Don't ask him. Call 110 and tell your family.

safety-romance-explain-6 = If you have already sent money, don't be afraid, and don't carry it alone. Stop at once and don't send anything more. Call 110, and if you are unsure, call 96110 to ask. Tell your family. Keep your chats and transfer records, and don't delete them.
