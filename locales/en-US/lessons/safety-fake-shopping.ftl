# Lesson: Cheap goods, private payment (Staying safe from scams)
safety-fake-shopping-title = Cheap goods, private payment
safety-fake-shopping-remember = When you shop online, order and pay only inside the shopping app. If a seller wants you to pay him directly, don't buy.

safety-fake-shopping-explain-1 = Being cheated when shopping online is a very common scam. The Ministry of Public Security says it was the third most common kind in 2023. Scammers bait you with cheap goods: famous liquor, gold bars, new phones, all at half price. You see them in short videos, in WeChat groups and on second-hand sites.
safety-fake-shopping-explain-2 = Once you are interested, the seller says: "Add me on WeChat and pay me directly. It's cheaper, and there's no fee." Some send a QR code, some send a link. As soon as the money is sent, he blocks you, and he is gone.
safety-fake-shopping-explain-3 = When you pay inside the shopping app, the app holds the money for you. The seller only gets it after you receive the goods and tap to confirm. If nothing arrives, you can ask for a refund in your order. If you pay outside the app, the app cannot help you.

safety-fake-shopping-shop-name = Goodwares Mall
safety-fake-shopping-contact = Contact seller

safety-fake-shopping-p1 = You see this item in a shopping app. It is far too cheap, and the seller wants you to add him on WeChat. With an item like this, just press the back key to leave, or tap Report. Try it.
safety-fake-shopping-p1-name = Famous-brand liquor, case of 6 bottles
safety-fake-shopping-p1-price = ¥399
safety-fake-shopping-p1-price-speech = A whole case for only three hundred ninety-nine yuan.
safety-fake-shopping-p1-was = Store price ¥18,000
safety-fake-shopping-p1-was-speech = In a department store it costs eighteen thousand yuan.
safety-fake-shopping-p1-seller = Seller: Honest Liquor Shop
safety-fake-shopping-p1-desc = Straight from the factory, guaranteed genuine. Don't order here, it won't ship! Add me on WeChat to chat. Pay me directly for a lower price, no fee.
safety-fake-shopping-p1-buy = Buy now
safety-fake-shopping-p1-back-fb = Well done! A whole case of famous liquor for a few hundred yuan cannot be real. Just leave. Don't buy, and don't add the seller on WeChat.
safety-fake-shopping-p1-home-fb = Well done! Just leave this page. When a price seems too good to be true, it is almost always a scam.
safety-fake-shopping-p1-report-fb = Well done! When you report it, the shopping app checks this seller, and fewer people get cheated.
safety-fake-shopping-p1-buy-fb = Don't buy yet. The seller wrote "don't order here", because he wants you to add him on WeChat and pay him directly. At this price, it is almost surely fake. Just press the back key to leave.
safety-fake-shopping-p1-contact-fb = If you ask, the seller will most likely tell you to add him on WeChat and pay him directly. At this price, there is no need to ask. Press the back key to leave, or tap Report.
safety-fake-shopping-p1-family-fb = Good idea! Asking your family is the safest. Liquor this cheap is not real. Just press the back key to leave.

safety-fake-shopping-q-1 = Online, gold bars and famous liquor are sold for half the store price. Why is that?
safety-fake-shopping-q-1-a-1 = I'm lucky, I found a bargain
safety-fake-shopping-q-1-a-1-feedback = A deal like this is hardly ever real. A price far too low is the bait scammers use. Don't buy yet.
safety-fake-shopping-q-1-a-2 = It's most likely a scam. Too cheap means be careful
safety-fake-shopping-q-1-a-2-feedback = That's right! When a price seems too good to be true, it is most likely a scam.
safety-fake-shopping-q-1-a-3 = The factory is clearing stock, so I should buy several
safety-fake-shopping-q-1-a-3-feedback = Don't buy yet. "Straight from the factory" and "clearance price" are things scammers love to say. Buy from a proper store and pay in the app.

safety-fake-shopping-p2 = In a shopping app, you like a gold bar that is half the price of a gold shop. You ask the seller if it is in stock, and the seller replies. How do you answer?
safety-fake-shopping-p2-seller = Lucky Gold Shop
safety-fake-shopping-p2-item = Pure gold bar, 20 grams
safety-fake-shopping-p2-item-sub = ¥5,200
safety-fake-shopping-p2-m1 = Hi dear, yes, it's in stock. If you order in the mall, the platform takes a big fee.
safety-fake-shopping-p2-m2 = Add me on WeChat and pay me directly. I'll take off another two hundred and ship today.
safety-fake-shopping-p2-m3 = Here is my payment QR code. Just scan it to pay.
safety-fake-shopping-p2-code = Payment code
safety-fake-shopping-p2-scan = OK, I'll add you on WeChat and scan to pay
safety-fake-shopping-p2-refuse = I won't pay you directly. I only pay in the mall
safety-fake-shopping-p2-deposit = I'll send a one thousand yuan deposit first and pay the rest when it ships
safety-fake-shopping-p2-refuse-fb = Well done! If you pay outside the mall, the mall cannot protect you. A gold bar this cheap is most likely a scam, so not buying is fine too.
safety-fake-shopping-p2-report-fb = Well done! Sellers are not allowed to ask buyers to pay them directly. Report him, and fewer people get cheated.
safety-fake-shopping-p2-scan-fb = Don't scan it yet. If you pay him directly, the mall can do nothing. Once he has the money, he will block you. Tell him "I only pay in the mall", or tap Report.
safety-fake-shopping-p2-deposit-fb = A deposit is also paying him directly. Once he has it, he will disappear. If you want to buy, order and pay only in the mall. A gold bar this cheap is best left alone.
safety-fake-shopping-p2-back-fb = Leaving is fine too. If you don't add him on WeChat and don't pay him directly, you cannot be cheated this way.
safety-fake-shopping-p2-family-fb = Good idea! Ask your family first. Remember: never leave the shopping app to pay.

safety-fake-shopping-q-2 = The seller says: "Add me on WeChat and pay me directly. It's two hundred cheaper, and there's no fee." What do you do?
safety-fake-shopping-q-2-a-1 = Add him and pay directly, to save two hundred yuan
safety-fake-shopping-q-2-a-1-feedback = To save two hundred, you could lose all your money. If you pay him directly, the shopping app cannot protect you. Please pay only in the app.
safety-fake-shopping-q-2-a-2 = Don't add him, and pay only in the shopping app
safety-fake-shopping-q-2-a-2-feedback = That's right! When you pay in the app, the seller only gets the money after you receive the goods, and you can get a refund if something goes wrong.
safety-fake-shopping-q-2-a-3 = Send a small deposit first, to see if he ships
safety-fake-shopping-q-2-a-3-feedback = Don't send a deposit either. Once a scammer has it, he asks for more, or simply blocks you. Please pay only in the app.

safety-fake-shopping-explain-4 = After you send the money, the scammer comes back for more. He calls himself "customer service" and says your order failed and your money is frozen. To get it back, you must first pay an "unfreezing fee" or a "deposit". He also says: "Don't tell your family." He is after a second payment. A real shopping app never asks you for money like this. The lesson Refund "customer service" explains more.

safety-fake-shopping-p3 = Imagine you saw a half-price phone in a short video, added the seller on WeChat, and paid one thousand yuan by scanning his code. Now you get these messages. What do you do?
safety-fake-shopping-p3-title = Cheap Phones Xiao Liu
safety-fake-shopping-p3-m1 = Hello, this is after-sales service. Your order payment failed, and the money has been frozen by the system.
safety-fake-shopping-p3-m2 = Please pay a two thousand yuan unfreezing fee within thirty minutes. Once it is unfrozen, we will return it together with your payment.
safety-fake-shopping-p3-m3 = If you don't pay, your money cannot be returned. Don't tell your family for now, it will only cause delays.
safety-fake-shopping-p3-pay = OK, I'll pay the two thousand yuan now
safety-fake-shopping-p3-half = I don't have enough. Can I pay one thousand first?
safety-fake-shopping-p3-stop = I won't pay. I'm going to call 110
safety-fake-shopping-p3-stop-fb = Well done! There is no such thing as an unfreezing fee, and after this one there would be another. Call 110 or 96110, keep the chat and the payment records, and tell your family.
safety-fake-shopping-p3-pay-fb = Please don't pay. The "frozen money" is made up. If you pay two thousand, he will ask for more. Don't send another cent. Call 110 and tell your family.
safety-fake-shopping-p3-half-fb = Don't pay half either. Once a scammer has money, he just makes up a new reason. Stop, call 110, and tell your family.
safety-fake-shopping-p3-family-fb = Well done! He told you not to tell your family, and that shows he is a scammer. Call 110 together with your family.
safety-fake-shopping-p3-volunteer-fb = Good idea! Ask a volunteer. Anyone asking for an unfreezing fee is a scammer. Don't pay another cent, and call 110.

safety-fake-shopping-q-3 = You have already paid a seller directly. Now "customer service" says you must pay an unfreezing fee to get a refund. What do you do?
safety-fake-shopping-q-3-a-1 = Pay once more, to get the first payment back
safety-fake-shopping-q-3-a-1-feedback = It is natural to think so, but that is exactly the scammer's plan: to make you pay more and more. Stop paying, call 110, and tell your family.
safety-fake-shopping-q-3-a-2 = Pay nothing more, call 110, and tell my family
safety-fake-shopping-q-3-a-2-feedback = Well done! The sooner you report it, the better. Keep the chat and payment records, and don't delete them.
safety-fake-shopping-q-3-a-3 = Do as he says, and don't tell my family yet
safety-fake-shopping-q-3-a-3-feedback = Keeping it from your family is exactly the scammer's trick. Please tell your family right away and call 110 together.

safety-fake-shopping-explain-5 = Buying in a shopping app goes step by step. Choose the item and tap Buy now. Check the address and the price, tap Submit order, then pay inside the app. When the goods arrive, check them, then tap Confirm receipt. Button names differ a little from app to app, but you always pay inside the app.

safety-fake-shopping-p4 = You and your daughter agreed to buy a new phone from the mall's own store in Goodwares Mall. The price is about the same as in a department store. You tapped Buy now, and this page appeared. What do you do?
safety-fake-shopping-p4-title = Confirm order
safety-fake-shopping-p4-address = Delivery address
safety-fake-shopping-p4-address-sub = Xingfu Estate, Building 3, Mrs. Wang
safety-fake-shopping-p4-item = New phone, black
safety-fake-shopping-p4-item-sub = Goodwares Mall's own store
safety-fake-shopping-p4-price = Total ¥1,499.00
safety-fake-shopping-p4-price-speech = Total: one thousand four hundred ninety-nine yuan.
safety-fake-shopping-p4-notice = The mall holds your money first. The seller is paid only after you confirm you received the goods.
safety-fake-shopping-p4-submit = Submit order
safety-fake-shopping-p4-submit-fb = Well done! This is the shopping app's own payment page, and the mall holds the money first. When the phone arrives, check it, then tap Confirm receipt.
safety-fake-shopping-p4-family-fb = Good idea! Look at it again with your family. This page belongs to the shopping app itself, so paying here is right.
safety-fake-shopping-p4-contact-fb = You can ask the seller inside the mall, that's fine. This payment page belongs to the mall itself, so once you have asked, go ahead and order.
safety-fake-shopping-p4-back-fb = If you changed your mind, leaving is fine. But this page belongs to the shopping app itself and the price is normal, so paying here is the right way.

safety-fake-shopping-explain-6 = If you have already been cheated, don't panic, and don't blame yourself. Stop at once and don't send another cent. Call 110, or call 96110 to ask. Keep the chat and payment records, and tell your family.
