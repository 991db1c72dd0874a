# Lesson: Collectibles buy-back (Staying safe from scams)
safety-collectibles-title = Collectibles buy-back
safety-collectibles-remember = If they promise to buy it back at a high price, nobody will buy it back. Get commemorative coins only at the bank, at face value.

safety-collectibles-explain-1 = Some people call to sell you collectibles. You also see them on TV shopping shows and short videos. They sell "limited" commemorative coins, stamps, jade and calligraphy. They say: "In a few years it will be worth ten times more, and our company guarantees to buy it back at a high price."
safety-collectibles-explain-2 = You spend thousands, even tens of thousands of yuan. When you want to sell it back, nobody answers the phone and the company is gone. Nobody else wants to buy it either. These things are usually copper with a thin layer of gold, worth very little.

safety-collectibles-p1 = You answered a call from a number you don't know. Listen to what the caller says. What do you do?
safety-collectibles-p1-caller = Unknown number
safety-collectibles-p1-status = On call 00:48
safety-collectibles-p1-words = Hello, this is the Collectibles Buy-back Center. The state has issued a limited set of gold commemorative coins. In three years it will be worth ten times more. Buy now, we sign a contract, and we guarantee to buy it back at a high price!
safety-collectibles-p1-speaker = Speaker
safety-collectibles-p1-hang-up-fb = Well done! Anyone who "guarantees to buy it back at a high price" is a scammer. Just hang up, no need to talk to him.
safety-collectibles-p1-speaker-fb = The speaker only makes the voice louder. What he says is still a lie: a promised buy-back means nobody will buy it back. Just tap the red hang-up button.
safety-collectibles-p1-family-fb = Very good! Asking your family is the safest. This is a collectibles scam. Hang up first, then tell your family.
safety-collectibles-p1-volunteer-fb = Very good! Ask a volunteer. Anyone promising a high buy-back price is a scammer. Just hang up first.

safety-collectibles-rp-intro = Now practice a whole sales call like this. Each time the caller speaks, choose what to do. Take your time.
safety-collectibles-rp-caller = Says: Collectibles Buy-back Center
safety-collectibles-rp-debrief = "A limited state issue, ten times more, a guaranteed buy-back": whoever says this is a scammer. After you buy, nobody buys it back, and nobody can be found. When you get a call like this, hang up, don't pay anything, and tell your family. If you are unsure, call 96110 to ask.

safety-collectibles-rp-1 = Hello, this is the Collectibles Center. The state has just issued a limited set of gold commemorative coins. There are only one thousand sets in the whole country, kept specially for older people.
safety-collectibles-rp-1-phrase = A limited state issue
safety-collectibles-rp-1-hang-up = Hang up, I won't listen
safety-collectibles-rp-1-hang-up-fb = Well done! Coins the state issues are exchanged at the bank at face value. Nobody calls you to sell them. Just hang up.
safety-collectibles-rp-1-ask = Ask him: if the state issued these coins, why can't I get them at the bank?
safety-collectibles-rp-1-ask-fb = Good question. Real commemorative coins are exchanged at the bank at face value. Listen to what story he makes up.
safety-collectibles-rp-1-go-along = Oh, tell me more.
safety-collectibles-rp-1-go-along-fb = Don't keep listening. A stranger calling to sell collectibles is very likely a scam. You can hang up at any time.

safety-collectibles-rp-2 = This set costs nine thousand eight hundred yuan now. In three years it will be worth one hundred thousand. We sign a proper contract and guarantee to buy it back at a high price. You can't lose.
safety-collectibles-rp-2-phrase = We guarantee to buy it back at a high price. You can't lose
safety-collectibles-rp-2-hang-up = Hang up, this is a scam
safety-collectibles-rp-2-hang-up-fb = Well done! "A guaranteed buy-back" and "you can't lose" are a scammer's words. Just hang up.
safety-collectibles-rp-2-ask = Ask him: what if your company disappears after we sign?
safety-collectibles-rp-2-ask-fb = Good question. They write the contract too. Once the company runs off, the contract is worth nothing.
safety-collectibles-rp-2-go-along = Ten times more? Then I'll buy a set.
safety-collectibles-rp-2-go-along-fb = Please don't buy it. If it really went up ten times, he would keep it himself, not call you to sell it. After you buy, nobody buys it back.

safety-collectibles-rp-3 = Only the last three sets are left, and lots of people want them. If you don't order today, they will be gone tomorrow.
safety-collectibles-rp-3-phrase = If you don't order today, they will be gone tomorrow
safety-collectibles-rp-3-hang-up = Hang up, there is no hurry
safety-collectibles-rp-3-hang-up-fb = Well done! Rushing you means he doesn't want you to think it over. Just hang up.
safety-collectibles-rp-3-ask = Ask him: I'd like to ask my children first. Can we talk tomorrow?
safety-collectibles-rp-3-ask-fb = Good question. See whether he lets you ask your family.
safety-collectibles-rp-3-go-along = Then I'll order quickly before someone else gets it.
safety-collectibles-rp-3-go-along-fb = No need to hurry. "The last few sets" is how scammers rush people. Something truly good can wait while you think. Hang up and ask your family first.

safety-collectibles-rp-4 = Don't tell your children yet. Young people don't understand collecting and will stop you from making money. When it has gone up, you can surprise them.
safety-collectibles-rp-4-phrase = Don't tell your children yet
safety-collectibles-rp-4-hang-up = Hang up and tell my family right away
safety-collectibles-rp-4-hang-up-fb = Well done! Telling you to keep it from your family is a scammer's trick. Hang up and talk it over with them.
safety-collectibles-rp-4-ask = Ask him: why can't my children know?
safety-collectibles-rp-4-ask-fb = Good question. An honest sale has nothing to hide from your family. If you must keep it secret, it is a scam.
safety-collectibles-rp-4-go-along = All right, I won't tell them yet.
safety-collectibles-rp-4-go-along-fb = Keeping it from your family means nobody can warn you. This is exactly the moment to hang up and tell them.

safety-collectibles-q-1 = The caller says: "This coin set will be worth ten times more in three years, and we guarantee to buy it back at a high price." Is this true?
safety-collectibles-q-1-a-1 = Yes, there is a contract
safety-collectibles-q-1-a-1-feedback = The scammers write the contract too. Once the company runs off, the contract is worth nothing. A promised high buy-back is always a scam.
safety-collectibles-q-1-a-2 = It is a scam; nobody will buy it back
safety-collectibles-q-1-a-2-feedback = That's right! When they promise a high buy-back, after you buy there is nobody to find.
safety-collectibles-q-1-a-3 = Buy one set to try, and more if it goes up
safety-collectibles-q-1-a-3-feedback = Don't buy even one. These things are usually gold-plated and worth little, and nobody will buy them back. Hang up and tell your family.

safety-collectibles-p2 = In a short video you saw someone selling gold coins, and you tapped through to this product page. What do you do?
safety-collectibles-p2-shop = Treasure Hall Collectibles
safety-collectibles-p2-name = Zodiac gold commemorative coin collector's set, limited issue
safety-collectibles-p2-price = ¥9,800
safety-collectibles-p2-price-speech = Nine thousand eight hundred yuan a set.
safety-collectibles-p2-promise = Ten times the value in three years! Buy-back at a high price guaranteed by contract. You can't lose!
safety-collectibles-p2-material = Material: gold-plated copper. About 30 grams each
safety-collectibles-p2-service = Customer service
safety-collectibles-p2-buy = Buy now
safety-collectibles-p2-back-fb = Well done! "Guaranteed high buy-back, you can't lose" always means a scam. Just leave and don't buy.
safety-collectibles-p2-home-fb = Well done! Just leave this page. Look at the small print: it is gold-plated copper, not worth nine thousand eight hundred yuan.
safety-collectibles-p2-report-fb = Well done! After you report it, the shopping app will check this shop, and fewer people will be fooled.
safety-collectibles-p2-buy-fb = Please don't buy it. Look at the small print: the material is gold-plated copper, not real gold. After you buy, nobody keeps the buy-back promise. Just press the back key to leave.
safety-collectibles-p2-service-fb = Customer service will only make it sound better. Never trust a promised high buy-back. Press the back key to leave, or tap Report.
safety-collectibles-p2-family-fb = Very good! Asking your family is the safest. Don't buy collectibles that come with a promised high buy-back.

safety-collectibles-explain-3 = There is another trick. They say: "Your old paintings, calligraphy or porcelain are worth a lot. We will sell them at auction for you." Then they ask you to pay an appraisal fee and an auction fee first. After one fee comes another, and nothing is ever sold. When a stranger says your things are worth a fortune and asks you to pay first, it is a scam.

safety-collectibles-p3 = In a short video you saw "free treasure appraisal" and sent a photo of an old painting from home. This is the reply. How do you answer?
safety-collectibles-p3-title = Appraisal, Manager Zhang
safety-collectibles-p3-m1 = Congratulations! Our expert has looked at it. Your painting is genuine, valued at eight hundred thousand yuan.
safety-collectibles-p3-m2 = It can go into next month's auction. Before that you need to pay the appraisal fee and the auction service fee, three thousand eight hundred yuan in all.
safety-collectibles-p3-m3 = Places are limited. Pay today, and we will put you on the list today.
safety-collectibles-p3-pay = OK, I'll transfer three thousand eight hundred yuan now
safety-collectibles-p3-deduct = Can you take it out of the money from the sale?
safety-collectibles-p3-refuse = I won't pay anything. No auction
safety-collectibles-p3-refuse-fb = Well done! Saying your things are worth a fortune and then asking you to pay first is a scam. Don't pay, and don't reply to him again.
safety-collectibles-p3-pay-fb = Please don't transfer it. After this fee comes a storage fee, then a deposit, one after another, and the painting is never sold. Tell him "I won't pay", then tell your family.
safety-collectibles-p3-deduct-fb = Good question. But he will most likely say no, you must pay first. An auction you must pay for first is a scam. Tell him "I won't pay anything. No auction."
safety-collectibles-p3-family-fb = Very good! Talking it over with your family is the safest. An auction that needs money first is always a scam.
safety-collectibles-p3-volunteer-fb = Very good! Ask a volunteer. Appraisal fees and auction fees paid first are always a scam. Don't pay anything.

safety-collectibles-explain-4 = Real commemorative coins are issued by the People's Bank of China. You pay exactly what is written on the coin: a ten-yuan coin costs ten yuan. First book them: search for "commemorative coin" in your own bank's app, or ask at the counter. On the day, take your own ID card to the bank counter and exchange them. Banks never call to sell them, and never promise to buy them back.

safety-collectibles-q-2 = You like commemorative coins and want a few to keep. Where can you get them safely?
safety-collectibles-q-2-a-1 = The limited coins sold on TV shopping shows
safety-collectibles-q-2-a-1-feedback = The "limited coins" on TV shopping shows are usually gold-plated medals, not coins the state issues. Get real commemorative coins at the bank, at face value.
safety-collectibles-q-2-a-2 = A collectibles company that calls me
safety-collectibles-q-2-a-2-feedback = Companies that call to sell collectibles are usually scammers. Get real commemorative coins at your own bank, at face value.
safety-collectibles-q-2-a-3 = My own bank, booked and exchanged at face value
safety-collectibles-q-2-a-3-feedback = That's right! Real commemorative coins are exchanged at the bank at face value. A ten-yuan coin costs ten yuan.

safety-collectibles-p4 = You open your own bank's app, and there is a notice on the home page. What do you do?
safety-collectibles-p4-title = Fuman Bank
safety-collectibles-p4-label = Current account balance
safety-collectibles-p4-balance = ¥8,650.00
safety-collectibles-p4-balance-speech = Eight thousand six hundred fifty yuan.
safety-collectibles-p4-notice = Booking is open for the new New Year commemorative coin. Face value 10 yuan each, exchanged at face value, each person may book up to 20 coins. After booking, bring your own ID card to a branch counter to exchange.
safety-collectibles-p4-notice-speech = Booking is open for the new New Year commemorative coin. Face value ten yuan each, exchanged at face value, each person may book up to twenty coins. After booking, bring your own ID card to a branch counter to exchange.
safety-collectibles-p4-book = Book exchange
safety-collectibles-p4-book-fb = Well done! This notice is in your own bank's app. Ten yuan buys a ten-yuan coin, with no extra charge and no buy-back promise. Once booked, take your ID card to the counter.
safety-collectibles-p4-family-fb = Very good! Look at it with your family. This notice is from the bank itself, at face value, so you can book with confidence.
safety-collectibles-p4-back-fb = It's fine if you don't want any. But this notice is real: it is in your own bank's app, at face value, with no extra charge. If you want coins, you can book with confidence.
safety-collectibles-p4-home-fb = It's fine if you don't want any. This notice comes from your own bank and is real. If you want the coins, tap to book, then take your ID card to the counter.

safety-collectibles-explain-5 = If you have already bought something, don't panic and don't blame yourself. If they then say "the buy-back needs a handling fee or a membership fee first", don't pay another cent. Keep the contract, the receipts and the chat messages. Call 110 to report it, or call 96110 to ask, and tell your family.
