# Lesson: QR code traps (Staying safe from scams)
safety-qr-traps-title = QR code traps
safety-qr-traps-remember = Scanning a code only pays money out. It never brings money in. Anyone who says "scan to get money" or "scan for your refund" is a scammer.

safety-qr-traps-explain-1 = QR codes are everywhere. When you scan one with your phone, only two things can happen: you pay someone, or a web page opens. Scanning a code never puts money into your phone.
safety-qr-traps-explain-2 = Scammers play tricks with QR codes. Some stick their own code over a shop's code. When you scan it, your money goes to them. Others tuck a fake parking ticket under a car's wiper, with a QR code on it, and tell you to scan it to pay the fine.
safety-qr-traps-explain-3 = Scammers also like to say "scan to get free eggs" or "scan to get your refund". After you scan, they ask for your bank card or password, or pull you into a chat group. They give you a small treat first, then take your money bit by bit. Others say: "Let me scan your payment code, and I will send you money." When someone scans your payment code, the money comes out of your account.

safety-qr-traps-scan = Scan
safety-qr-traps-photo = Photo

safety-qr-traps-p1 = At the gate of your apartment complex, you see this poster on the wall. You have your phone in your hand. What do you do?
safety-qr-traps-p1-heading = Scan for free eggs!
safety-qr-traps-p1-body = Farm eggs worth one hundred yuan. Just scan, and we deliver them to your door.
safety-qr-traps-p1-hurry = Today only. First come, first served!
safety-qr-traps-p1-code = Scan to claim
safety-qr-traps-p1-phone = Information: 010-0000-0600
safety-qr-traps-p1-scan-fb = Don't scan it. Scanning won't get you any eggs. After you scan, they ask for your phone number or bank card, or pull you into a chat group, and then slowly take your money. Press the back key and walk away.
safety-qr-traps-p1-photo-fb = Taking a photo to show your family is fine. But there is no need to scan this code. Scanning only pays; it never gives you anything. Press the back key and walk away.
safety-qr-traps-p1-back-fb = Well done! Scanning only pays; it never gets you eggs. Don't scan, just walk away.
safety-qr-traps-p1-home-fb = Well done! Leaving is right. Eggs don't fall from the sky, and scanning only pays.
safety-qr-traps-p1-family-fb = Very good! Asking your family is the safest thing. A code that promises free eggs is not worth scanning.
safety-qr-traps-p1-volunteer-fb = Very good! Ask a volunteer. A code that promises free eggs is one you don't scan.

safety-qr-traps-q-1 = A poster says: "Scan to get a one hundred yuan red envelope." If you scan it, will money arrive in your WeChat?
safety-qr-traps-q-1-a-1 = Yes, the money arrives as soon as I scan
safety-qr-traps-q-1-a-1-feedback = No, it won't. Scanning only pays, or opens a web page. Anyone who says "scan to get money" is a scammer. Don't scan this code.
safety-qr-traps-q-1-a-2 = No. Scanning only pays, or opens a web page
safety-qr-traps-q-1-a-2-feedback = That's right! Scanning pays money out; it never brings money in. Anyone offering a red envelope for a scan is a scammer.
safety-qr-traps-q-1-a-3 = Scan it just to see; it's fine as long as I don't pay
safety-qr-traps-q-1-a-3-feedback = Better not to scan. It opens the scammer's web page, which asks for your bank card and password, or wants you to install an app. Not scanning is the safest.

safety-qr-traps-explain-4 = A real refund never needs you to scan anything. After you return something, the money goes back by itself to where you paid from. Open the shopping app and tap "My orders" to see your refund. Anyone who tells you to scan a code for a refund, or asks for your payment code to send it, is a scammer. The lesson "Refund 'customer service'" goes into this more.

safety-qr-traps-p2 = Someone you don't know sent you some messages on WeChat. What do you do?
safety-qr-traps-p2-title = Goodwares Mall After-sales
safety-qr-traps-p2-notice = This person is not your contact. Be careful with your money.
safety-qr-traps-p2-m1 = Hello, this is Goodwares Mall's after-sales service. The electric kettle you bought has a quality problem, so we are refunding you eighty-eight yuan.
safety-qr-traps-p2-m2 = Please open your WeChat payment code, tap it once, and send me the row of numbers under it. I will put the refund onto your code.
safety-qr-traps-p2-m3 = If you don't do it today, the refund expires. Please hurry.
safety-qr-traps-p2-digits = OK, I'll send you the numbers
safety-qr-traps-p2-shot = I can't read the numbers, I'll send you a screenshot of my payment code
safety-qr-traps-p2-refuse = I don't give my payment code to anyone. I'll check the refund in my orders myself
safety-qr-traps-p2-refuse-fb = Well done! A real refund goes back by itself to where you paid from. It doesn't need your payment code. Anyone who wants your payment code wants to take your money. You can also block him.
safety-qr-traps-p2-block-fb = Well done! Once he is blocked, he can't reach you again. To check a refund, open the shopping app yourself and look at your orders.
safety-qr-traps-p2-report-fb = Very good! After your report, WeChat will look into him. Never give your payment code to anyone. You can block him too.
safety-qr-traps-p2-digits-fb = Please don't send them. Those numbers are your payment code: with them, someone can take your money. A refund doesn't need them. Say no, block him, and check your orders in the shopping app yourself.
safety-qr-traps-p2-shot-fb = Please don't send it. With a screenshot of your payment code, someone can take your money. A refund goes back by itself to where you paid from. Say no and block him.
safety-qr-traps-p2-family-fb = Very good! Ask your family first. A refund never needs your payment code. You can simply block someone like this.
safety-qr-traps-p2-volunteer-fb = Very good! Ask a volunteer. Anyone who wants your payment code to send a refund is a scammer. Just block him.

safety-qr-traps-q-2 = You returned something you bought online. How does the refund reach you?
safety-qr-traps-q-2-a-1 = It goes back by itself to where I paid from, and I can see it in my orders
safety-qr-traps-q-2-a-1-feedback = That's right! A refund doesn't need you to scan anything, or your payment code. Open the shopping app and look at your orders.
safety-qr-traps-q-2-a-2 = Customer service sends me a code, and I scan it to collect
safety-qr-traps-q-2-a-2-feedback = Don't scan it. Scanning only pays; it never brings money in. A real refund goes back by itself to where you paid from.
safety-qr-traps-q-2-a-3 = I tell customer service the numbers under my payment code, and they send the money
safety-qr-traps-q-2-a-3-feedback = Please don't tell them. Those numbers are your payment code, and with them someone can take your money. The refund comes back by itself, and you can see it in your orders.

safety-qr-traps-explain-5 = After you scan, a payment page opens on your phone. Don't rush to tap Pay. First look at the name of who gets the money. For a fine or a water or electricity bill, the money never goes to a person's name. If the name is wrong, tap Cancel and don't pay.

safety-qr-traps-p3 = A ticket is tucked under your car's wiper. It says you parked in the wrong place and tells you to scan a code to pay the fine. You scanned it, and this page opened on your phone. What do you do?
safety-qr-traps-p3-title = Pay
safety-qr-traps-p3-payee = Wang Jianjun
safety-qr-traps-p3-note = Parking fine
safety-qr-traps-p3-amount = ¥200.00
safety-qr-traps-p3-amount-speech = two hundred yuan
safety-qr-traps-p3-cancel-fb = Well done! The money would go to Wang Jianjun, a person's name. Fines are never paid to a person. This ticket is most likely fake. Take it to the traffic police office and ask, or call 96110 to check.
safety-qr-traps-p3-back-fb = Well done! Once you leave this page, no money goes out. Fines are never paid to a person. Take the ticket to the traffic police office and ask.
safety-qr-traps-p3-pay-fb = Don't pay yet. The money would go to Wang Jianjun, a person's name. A real fine is never paid to a person. Tap Cancel and take the ticket to the traffic police office to ask.
safety-qr-traps-p3-family-fb = Very good! Ask your family. The money would go to a person, so this ticket is most likely fake. Don't pay it.
safety-qr-traps-p3-volunteer-fb = Very good! Ask a volunteer. A fine is never paid to a person, so don't pay this.

safety-qr-traps-explain-6 = Not every code is a trap. The shop's own code on its counter is safe to scan. After scanning, look at the name first. If it is this shop, type the amount yourself, check it, and then pay. If the name doesn't match, ask the shopkeeper face to face.

safety-qr-traps-p4 = You had a bowl of beef noodles at Happy Noodle House. It costs eighteen yuan. You scanned the shop's code on the counter, and this page opened on your phone. What do you do?
safety-qr-traps-p4-payee = Happy Noodle House
safety-qr-traps-p4-amount = Amount (yuan)
safety-qr-traps-p4-pay-fb = Paid! The name is this shop's and the amount is right, so it is safe to pay. Afterwards, just show the shopkeeper your screen.
safety-qr-traps-p4-wrong = That amount is not right. The noodles are eighteen yuan: press one, then eight. Delete lets you fix it.
safety-qr-traps-p4-empty = The name is Happy Noodle House, so it matches. First type eighteen with the number keys, then tap Pay.
safety-qr-traps-p4-cancel-fb = This code is fine. The name is Happy Noodle House, the shop where you ate. Type eighteen, then tap Pay.
safety-qr-traps-p4-back-fb = This is the shop's own code, and the name matches, so it is safe to pay. Type eighteen, then tap Pay.
safety-qr-traps-p4-family-fb = Asking your family is good too. The name is Happy Noodle House, which matches, and eighteen yuan is right. Type eighteen, then tap Pay.
safety-qr-traps-p4-volunteer-fb = Asking a volunteer is good too. It is the shop's own code and the name matches, so it is safe to pay. Type eighteen, then tap Pay.

safety-qr-traps-q-3 = A ticket is tucked under your car's wiper. It has a QR code and a phone number on it. What do you do?
safety-qr-traps-q-3-a-1 = Scan the code and pay the fine, to save trouble
safety-qr-traps-q-3-a-1-feedback = Don't scan it yet. The ticket may be fake, and the money would go to a scammer. Take the ticket to the traffic police office and ask, or call 96110 to check.
safety-qr-traps-q-3-a-2 = Call the number on the ticket to ask
safety-qr-traps-q-3-a-2-feedback = The number on the ticket may belong to the scammer. To check, take the ticket to the traffic police office, or call 96110.
safety-qr-traps-q-3-a-3 = Don't scan; take the ticket to the traffic police office and ask
safety-qr-traps-q-3-a-3-feedback = That's right! The traffic police can tell at once whether a ticket is real. If it is fake, call 110 to report it.

safety-qr-traps-explain-7 = If you have already scanned and paid, don't be afraid, and don't be embarrassed. Tell your family right away. If you lost money to a scam, call 110 to report it. If you are not sure whether it is a scam, call 96110 to ask.
