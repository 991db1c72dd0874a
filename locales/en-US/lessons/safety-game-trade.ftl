# Lesson: game trades and "refunds" for grandchildren (Staying safe from scams)
safety-game-trade-title = Game trades and refunds
safety-game-trade-remember = Game money is handled only in the game's own store and customer service. Anyone who wants you to pay first to get a refund is a scammer.

safety-game-trade-explain-1 = Grandchildren often play games on their grandparents' phones. Scammers know this and look for children inside games. They say things like "free skins" or "cheap game accounts and items". A skin is the clothes and look of a character in the game.
safety-game-trade-explain-2 = When the child is keen, the scammer tells them to pay with your phone: a private transfer, scanning his code, or turning on screen sharing. He also tells the child: "Don't tell the grown-ups." Once the money is sent, he disappears.

safety-game-trade-p1 = Your grandson used your WeChat to add a "Game Gifts Officer", who says he will give him a free skin. Look at these messages. A gift that you have to pay for is a scam. Please tap the reply "Free, but I have to pay? No thanks".
safety-game-trade-p1-title = Game Gifts Officer
safety-game-trade-p1-m1 = Congratulations! You won a limited-edition skin set, free for you!
safety-game-trade-p1-m2 = Before you get it, we must check that a parent agrees. Use a parent's phone to scan the code below and pay one yuan to confirm.
safety-game-trade-p1-m3 = The one yuan comes straight back after the check. Hurry, only three places are left.
safety-game-trade-p1-code = Scan to claim your skin
safety-game-trade-p1-scan = OK, I'll scan and pay one yuan
safety-game-trade-p1-share = I don't know how. I'll turn on screen sharing so you can help
safety-game-trade-p1-refuse = Free, but I have to pay? No thanks
safety-game-trade-p1-refuse-fb = Well done! Calling it free and then asking you to pay is a scam. You can also delete him, and have a chat with your grandchild about it.
safety-game-trade-p1-scan-fb = Don't scan it yet. One yuan is only the start. Next he will say "You made a mistake and the account is frozen" and ask for much more. Just reply "No thanks".
safety-game-trade-p1-share-fb = Please don't share your screen. Once you share, he can see your passwords and bank card. Just reply "No thanks".
safety-game-trade-p1-back-fb = Leaving is fine too. If you don't scan and don't pay, you can't be cheated.
safety-game-trade-p1-family-fb = Very good! Asking your family is the safest thing. A gift skin that you must pay for is always a scam.

safety-game-trade-p2 = Your grandson wants to buy a game account and asks you to pay for it with your phone. The seller sent these messages. How do you reply?
safety-game-trade-p2-title = Game friend Ah Long
safety-game-trade-p2-m1 = Top-level account with every rare skin. It was over three thousand, now only two hundred eighty yuan.
safety-game-trade-p2-m2 = Trading inside the game costs a fee. Let's do it privately. Just send me the money on WeChat.
safety-game-trade-p2-m3 = As soon as the money arrives, I'll send you the account password. Don't let your grown-ups know.
safety-game-trade-p2-pay = OK, I'll send it now
safety-game-trade-p2-deposit = I'll send a hundred yuan deposit first and the rest when you send the account
safety-game-trade-p2-refuse = I don't buy privately. Game things are bought only in the game
safety-game-trade-p2-refuse-fb = Well done! When you buy an account privately, the seller often blocks you once the money is sent. Even if he hands over the account, he can take it back later.
safety-game-trade-p2-pay-fb = Don't send it yet. Money sent privately outside the game is very hard to get back. And he says not to tell the grown-ups, which is even more suspicious. Just reply that you don't buy privately.
safety-game-trade-p2-deposit-fb = Don't send a deposit either. Once a scammer has a deposit, he finds reasons to ask for more, or simply blocks you. Game things are bought only in the game.
safety-game-trade-p2-back-fb = Leaving is fine too. If you don't send money, you can't be cheated. Then tell your grandchild that buying accounts privately is not safe.
safety-game-trade-p2-family-fb = Very good! Talk it over with your family. Sending money privately for a game account is an easy way to be cheated.

safety-game-trade-q-1 = The seller says: "Buying the account inside the game costs a fee, a private transfer is cheaper." What do you do?
safety-game-trade-q-1-a-1 = Save money, a private transfer is a good deal
safety-game-trade-q-1-a-1-feedback = To save a small fee, you could lose all the money. The game company can't help with a private transfer. Please buy only inside the game.
safety-game-trade-q-1-a-2 = No private transfer. Game things are bought only in the game
safety-game-trade-q-1-a-2-feedback = That's right! If you buy in the game's own store, the game's customer service can help when something goes wrong.
safety-game-trade-q-1-a-3 = Send a little first, to see if he sends the account
safety-game-trade-q-1-a-3-feedback = Don't send anything. After the first payment, a scammer makes up reasons to ask for more. Buying only in the game is the safe way.

safety-game-trade-explain-3 = Another scam is the "refund for a minor". Someone calls or adds you on WeChat and says: "Your grandson spent money in a game. We will refund all of it." Then he asks you to scan a code and pay a "checking fee", or to share your screen. Anyone who wants to give you money back but asks you to pay first is a scammer. Scanning a code only pays; it never gets you money. The lesson "QR code traps" tells you more.

safety-game-trade-p3 = Someone added you on WeChat and said he can refund what your grandson spent in a game. He asked you to scan his code "to check". You scanned it, and this page appears. What do you do?
safety-game-trade-p3-title = Pay
safety-game-trade-p3-payee = Game Refund Center
safety-game-trade-p3-payee-sub = Personal payment code
safety-game-trade-p3-amount = ¥800.00
safety-game-trade-p3-amount-speech = Eight hundred yuan.
safety-game-trade-p3-note = Note: checking fee for a minor's refund, paid back in full after the check
safety-game-trade-p3-cancel-fb = Well done! Getting money back never needs you to pay. This page asks you to pay eight hundred yuan, and to a personal account. After canceling, delete him, and open the game yourself to ask its customer service.
safety-game-trade-p3-pay-fb = Don't pay yet. A refund never needs a checking fee. If you pay eight hundred, he will ask for more. Tap Cancel, call 96110 to ask, and tell your family.
safety-game-trade-p3-back-fb = Well done! If you leave this page, no money is paid. For a real refund, open the game yourself and find its customer service.
safety-game-trade-p3-family-fb = Very good! Asking your family is the safest thing. Anyone who gives a refund only after you pay is a scammer. Don't pay this code.
safety-game-trade-p3-volunteer-fb = Very good! Ask a volunteer. A refund never costs money, so don't pay this code.

safety-game-trade-q-2 = The "refund agent" says: "Pay an eight hundred yuan checking fee first, and you get it all back after the check." Is this true?
safety-game-trade-q-2-a-1 = Yes, pay it and the refund comes
safety-game-trade-q-2-a-1-feedback = It's not true. A real refund never asks you to pay first. If you pay the checking fee, he will ask for other money next.
safety-game-trade-q-2-a-2 = It's a scam. Paying first to get money back is always a scam
safety-game-trade-q-2-a-2-feedback = That's right! A real refund needs no payment, no scanning and no screen sharing.
safety-game-trade-q-2-a-3 = Pay half first, to see if he refunds
safety-game-trade-q-2-a-3-feedback = Don't pay half either. Money that is sent is very hard to get back. Please open the game yourself and ask its customer service.

safety-game-trade-explain-4 = If a child really did spend money in a game and you want it back, here is the way: open the game, find "Customer service", and apply there. Every game is a little different; it is usually in the settings. You can also call 12315 to make a complaint. A real refund goes back to where the money came from. No fee, no scanning and no screen sharing.

safety-game-trade-q-3 = Your grandson spent quite a lot in a game, and you want to ask for it back. Who do you go to?
safety-game-trade-q-3-a-1 = Customer service in the game's settings, or call 12315
safety-game-trade-q-3-a-1-feedback = That's right! Go to the game's own customer service, or complain by calling 12315. The refund goes back to where the money came from.
safety-game-trade-q-3-a-2 = Search online for "game refund" and add the agent I find on WeChat
safety-game-trade-q-3-a-2-feedback = Many "refund agents" found by searching online are scammers. Please open the game and find customer service in its settings, or call 12315.
safety-game-trade-q-3-a-3 = The person who called me saying he can get a refund
safety-game-trade-q-3-a-3-feedback = Someone who calls you out of the blue offering a refund is most likely a scammer. Please open the game yourself and find its customer service, or call 12315.

safety-game-trade-explain-5 = When a child uses your phone, don't tell them your payment password. If you really want to buy something in a game for them, first agree on what to buy and how much. Tap Buy in the game's own store. Before paying, check the name of who gets paid and the amount, and type the password yourself.

safety-game-trade-p4 = Your grandson wants a skin that costs six yuan, and you have said yes. He tapped Buy in the game's own store, and this page appears on your phone. What do you do?
safety-game-trade-p4-title = WeChat Pay
safety-game-trade-p4-payee = Star River Games
safety-game-trade-p4-item = Item: skin "Little Fire Dragon"
safety-game-trade-p4-amount = ¥6.00
safety-game-trade-p4-amount-speech = Six yuan.
safety-game-trade-p4-pay-fb = Well done! This is the game's own store, the money goes to the game company, and it is the six yuan you agreed to. Type the password yourself next, and don't let the child see it.
safety-game-trade-p4-cancel-fb = If you don't want to buy it, canceling is fine. But this page is the game's own, the name and amount are right, and it is the six yuan you agreed to. It is safe to pay here.
safety-game-trade-p4-back-fb = Leaving is fine too. But this page is the game's own, the name and amount are right, and it is the six yuan you agreed to. It is safe to pay here.
safety-game-trade-p4-family-fb = Very good! Look at it again with your family. This is the game's own payment page, and the name and amount are right, so it is safe to pay.

safety-game-trade-explain-6 = If you have already been cheated, don't panic, and don't blame the child. Stop right away and don't send another cent. Call 110 to report it, or call 96110 to ask for help. Keep the chat and payment records, and tell your family.
