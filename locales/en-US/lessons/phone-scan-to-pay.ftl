# Lesson: scan to pay, check the name and the amount first (Using my phone)
phone-scan-to-pay-title = Scan to pay, check first
phone-scan-to-pay-remember = Right name, right amount, then pay. Scanning a code only pays; it never gets you money.

phone-scan-to-pay-explain-1 = In a shop you can pay by scanning the shop's QR code. Open WeChat, tap the plus at the top right, tap "Scan", and point the camera at the shop's code.
phone-scan-to-pay-explain-2 = After scanning, the phone shows the name of who gets paid. You type the amount yourself. First check the name, then type the amount, then tap Pay.
phone-scan-to-pay-explain-3 = Remember: scanning a code only pays; it never gets you money. Anyone who says "scan to collect money" or "scan for a refund" is a scammer.

phone-scan-to-pay-p1 = You bought apples at Happy Fruit Shop for twelve yuan fifty in total. The name is right. Please type the amount, then tap Pay.
phone-scan-to-pay-p1-title = Pay
phone-scan-to-pay-p1-payee = Happy Fruit Shop
phone-scan-to-pay-p1-payee-sub = Personal payment code
phone-scan-to-pay-p1-amount = Amount (yuan)
phone-scan-to-pay-p1-pay-fb = Paid! You checked the name first and typed the right amount. Very careful.
phone-scan-to-pay-p1-wrong = That amount is not right. The total is twelve fifty: press one, two, point, five. Delete lets you fix it.
phone-scan-to-pay-p1-empty = First type the amount with the number keys below, then tap Pay.

phone-scan-to-pay-p2 = You are buying fruit at Happy Fruit Shop and scanned the code on the counter. Look at the screen. What do you do?
phone-scan-to-pay-p2-payee = Li's General Store
phone-scan-to-pay-p2-payee-sub = Personal payment code
phone-scan-to-pay-p2-cancel-fb = Well done! The name does not match this shop. Someone may have stuck their own code over the shop's. Don't pay; ask the shopkeeper in person.
phone-scan-to-pay-p2-pay-fb = Don't pay yet. The money would go to Li's General Store, not Happy Fruit Shop where you are buying. Tap Cancel and ask the shopkeeper.
phone-scan-to-pay-p2-ask-fb = Very good! If the name doesn't match, ask someone first. Ask the shopkeeper to check whether the code on the counter was swapped.

phone-scan-to-pay-q-1 = Someone says: "Scan this code and you'll get your refund." Is this true?
phone-scan-to-pay-q-1-a-1 = Yes, scan it and money comes
phone-scan-to-pay-q-1-a-1-feedback = It's not true. Scanning a code only pays; it never gets you money. Anyone saying otherwise is a scammer.
phone-scan-to-pay-q-1-a-2 = It's a scam: scanning only pays
phone-scan-to-pay-q-1-a-2-feedback = That's right! Scanning only pays; it never gets you money.
phone-scan-to-pay-q-1-a-3 = Scan it just to see, as long as I don't pay
phone-scan-to-pay-q-1-a-3-feedback = Don't scan it. Such codes make you pay, or trick you into typing your password. Anyone saying scan to get money is a scammer.
