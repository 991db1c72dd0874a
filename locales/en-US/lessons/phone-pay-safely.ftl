# Lesson: Paying safely (Using my phone)
phone-pay-safely-title = Paying safely
phone-pay-safely-remember = Tell no one your payment password. Only the cashier scans your payment code.

phone-pay-safely-explain-1 = Your payment code is the bar code and QR code on WeChat's "Money" page. It is like cash in your hand: whoever scans it takes money from you. So only the cashier scans your payment code.
phone-pay-safely-explain-2 = At the checkout, when the cashier asks for your payment code, open it like this: open WeChat, tap the plus at the top right, then tap "Money". In Alipay, tap "Money" at the top of the home page. Hold the screen up to the cashier's scanner. A beep, and you have paid.

phone-pay-safely-p1 = You are paying at Happy Supermarket. The cashier holds up the scanner and says: "Your payment code, please." You opened WeChat and tapped the plus at the top right. Please tap Money.
phone-pay-safely-p1-title = WeChat
phone-pay-safely-p1-group = New group chat
phone-pay-safely-p1-add = Add contacts
phone-pay-safely-p1-scan = Scan
phone-pay-safely-p1-pay = Money
phone-pay-safely-p1-pay-fb = Right! Your payment code is open. Hold the screen up to the scanner. Once the cashier scans it, you have paid.
phone-pay-safely-p1-scan-fb = Scan is for when you scan the code a shop has put up. When the cashier holds a scanner, show your own payment code instead. Please tap Money.
phone-pay-safely-p1-other-fb = That one has nothing to do with paying. Please tap Money.

phone-pay-safely-explain-3 = Open your payment code only at the checkout. Don't open it while you wait in line, and close it once you have paid. Never take a screenshot or a photo of it, and never send it to anyone. The row of numbers under the code works just like the code, so never give it to anyone either. The lesson "QR code traps" says more about this.

phone-pay-safely-p2 = You are waiting in line at the supermarket and opened your payment code early. The person behind you is holding up a phone, pointing its camera at your screen. What do you do?
phone-pay-safely-p2-title = Money
phone-pay-safely-p2-heading = Pay a shop
phone-pay-safely-p2-caption = Show this code only to the cashier. Do not send it to anyone.
phone-pay-safely-p2-receive = Receive money
phone-pay-safely-p2-group = Group collection
phone-pay-safely-p2-bank = Transfer to bank card
phone-pay-safely-p2-back-fb = Well done! Close the payment code first. If someone takes a photo of it, they can take your money. Open it again at the checkout for the cashier.
phone-pay-safely-p2-home-fb = Well done! Going back to the home screen closes the payment code. Open it again at the checkout for the cashier.
phone-pay-safely-p2-other-fb = That one has nothing to do with paying. What matters now is closing the payment code: press the Back key at the bottom of the phone. Open it again at the checkout.

phone-pay-safely-p3 = Someone you don't know sends you messages. What do you do?
phone-pay-safely-p3-title = Happy Supermarket Member Rewards
phone-pay-safely-p3-notice = This person is not your contact. Be careful with your money.
phone-pay-safely-p3-m1 = Hello! You are a loyal member of Happy Supermarket, so this month we are giving you fifty yuan cash back.
phone-pay-safely-p3-m2 = Please take a screenshot of your WeChat payment code and send it to me. I will put the money back onto your code.
phone-pay-safely-p3-m3 = If you don't claim it today, it's gone. Please hurry.
phone-pay-safely-p3-shot = OK, I'll send you a screenshot now
phone-pay-safely-p3-digits = I can't do screenshots, I'll send you the numbers under the code
phone-pay-safely-p3-refuse = My payment code is not for anyone else. I'll ask at the supermarket myself.
phone-pay-safely-p3-refuse-fb = Well done! Only the cashier scans your payment code. Nobody needs your payment code to give you money. Anyone who asks for it wants to take your money. You can also block this person.
phone-pay-safely-p3-block-fb = Well done! Once you block this person, they can't contact you again. Never give your payment code to anyone.
phone-pay-safely-p3-report-fb = Very good! When you report it, WeChat will look into this account. Never give your payment code to anyone. You can block this person too.
phone-pay-safely-p3-shot-fb = Please don't send it. With a screenshot of your payment code, someone can take your money. Nobody needs your payment code to give you money back. Say no, block this person, and tell your family about it.
phone-pay-safely-p3-digits-fb = Those numbers work just like the payment code: with them, someone can take your money. Please don't send them. Say no and block this person.
phone-pay-safely-p3-family-fb = Very good! Ask your family first. Never send your payment code to anyone. Just block people like this.

phone-pay-safely-explain-4 = Your payment password is six numbers you use to pay. Only you know it. Shops, customer service, banks and the police never ask you for it. If family ask for it on the phone, don't tell them either. When you type it, shield the screen with your hand. Keep verification codes just as safe; the lesson "Never tell the code" says more.

phone-pay-safely-q-1 = A caller says he is "payment customer service": "There is a problem with your account. Tell me your payment password and I'll sort it out." What do you do?
phone-pay-safely-q-1-a-1 = Tell him, so he can sort it out quickly
phone-pay-safely-q-1-a-1-feedback = Please don't tell him. Real customer service never asks for your password. Hang up, and if you are worried, open WeChat or Alipay yourself and look.
phone-pay-safely-q-1-a-2 = Don't tell him, hang up
phone-pay-safely-q-1-a-2-feedback = That's right! Your payment password is for you alone. Anyone who asks for it is a scammer.
phone-pay-safely-q-1-a-3 = Tell him just the first three numbers
phone-pay-safely-q-1-a-3-feedback = Don't tell him a single number. Even a few of them help the scammer. Just hang up, and if you are unsure, ask your family.

phone-pay-safely-q-2 = Your grandchild calls: "Tell me your payment password, and I'll set up your phone for you." What do you do?
phone-pay-safely-q-2-a-1 = Not on the phone. Ask them to help in person, and type the password myself
phone-pay-safely-q-2-a-1-feedback = That's right! Even family don't need to know your password. When they help you in person, type the password yourself and shield the screen with your hand.
phone-pay-safely-q-2-a-2 = It's my own grandchild, so it's fine to tell
phone-pay-safely-q-2-a-2-feedback = Don't tell yet. A voice on the phone can be a scammer pretending. Even your real grandchild doesn't need your password. Hang up, then call the number you have saved for them and ask.
phone-pay-safely-q-2-a-3 = Send the password by WeChat
phone-pay-safely-q-2-a-3-feedback = Please don't send it. Others may see a password once it is sent. Only you should know it. Ask your grandchild to help in person, and type it yourself.

phone-pay-safely-explain-5 = Many phones have "small payments without password" turned on: for small amounts, you don't type your password. It is handy, but if someone secretly photographs your payment code and scans it, no password is needed either, and the money is gone. Turn it off, and you type your password every time you pay. That is safer.
phone-pay-safely-explain-6 = In WeChat, find it like this: tap "Me", tap "Services", tap "Wallet" at the top right, then tap "Payment settings". In Alipay: tap "Me", tap "Settings" at the top right, then tap "Payment settings". Phones and versions differ a little, so it may sit in a slightly different place. If you can't find it, ask your family or a volunteer to help.

phone-pay-safely-p4 = These are WeChat's payment settings. You want to type your payment password every time you pay. What do you do?
phone-pay-safely-p4-title = Payment settings
phone-pay-safely-p4-password = Payment password
phone-pay-safely-p4-password-sub = Change or reset your payment password
phone-pay-safely-p4-finger = Fingerprint payment
phone-pay-safely-p4-finger-sub = Use your finger instead of typing the password
phone-pay-safely-p4-nopw = Small payments without password
phone-pay-safely-p4-nopw-sub = No password needed for small amounts
phone-pay-safely-p4-limit = Payment limit
phone-pay-safely-p4-limit-sub = The most you can pay in one day
phone-pay-safely-p4-auto = Automatic payments
phone-pay-safely-p4-nopw-fb = Well done! The switch moved to the left, so small payments without password are off. On a real phone, you may be asked to confirm. From now on, you type your own password to pay.
phone-pay-safely-p4-password-fb = This is where you change your password. To need the password for small payments too, find the line with "without password" in it and turn its switch off.
phone-pay-safely-p4-finger-fb = Fingerprint payment uses your own finger instead of the password, and nobody else can use it. Today, look for the line with "without password" in it.
phone-pay-safely-p4-limit-fb = Here you can lower the most you can pay in a day. That is a good idea too. First, find the line with "without password" in it and turn its switch off.
phone-pay-safely-p4-auto-fb = Automatic payments are money taken every month, such as a membership fee. Today, look for the line with "without password" in it.
phone-pay-safely-p4-volunteer-fb = Asking a volunteer is a good idea. They will tell you: find the line with "without password" in it and tap the switch on its right to turn it off.

phone-pay-safely-q-3 = Outside the market, a stranger says: "Let me scan your payment code and I'll give you a bag of eggs." What do you do?
phone-pay-safely-q-3-a-1 = Open the payment code and let him scan it
phone-pay-safely-q-3-a-1-feedback = Don't let him scan it. Scanning your payment code takes your money. Only the cashier scans it, when you pay at the checkout.
phone-pay-safely-q-3-a-2 = Get the eggs first, then let him scan it
phone-pay-safely-q-3-a-2-feedback = Don't let him scan it. The eggs are a small treat to hook you. The money a scan takes can be far more than the eggs. Only the cashier scans your payment code.
phone-pay-safely-q-3-a-3 = Don't let him scan it, and walk away
phone-pay-safely-q-3-a-3-feedback = That's right! Only the cashier scans your payment code. Anyone who offers gifts for a scan of your payment code wants to take your money.
