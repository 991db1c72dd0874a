# Lesson: Train tickets on 12306
phone-train-ticket-title = Train tickets on 12306
phone-train-ticket-remember = Buy train tickets only on the railway's own 12306. Refunds and changes are done in 12306 too.

phone-train-ticket-explain-1 = To buy a train ticket, remember one name: 12306. It belongs to the railway itself. The app on your phone is called Railway 12306, and the website and the customer-service phone line are 12306 too. Buying on 12306 costs no extra fee.
phone-train-ticket-explain-2 = If you search online for "train tickets", you will see many websites and apps that look almost the same. Some charge a service fee and promise to get you a ticket "faster". Some take your money. You don't need any of them. Install the app only from the app store that came with your phone: search it for Railway 12306. The lesson "Install from the store, check permissions" says more about this.
phone-train-ticket-explain-3 = Buying a ticket goes one step at a time. Open Railway 12306. Fill in where you leave from, where you are going and the day, then tap Search. Next, pick a train, a seat and the people traveling. Last, pay inside 12306. 12306 also has a senior version with bigger text. Your children can help you switch it on.

phone-train-ticket-app = Railway 12306
phone-train-ticket-route = Beijing South to Nanjing South, March 5
phone-train-ticket-g25 = G25, leaves 07:00, arrives 11:20
phone-train-ticket-g41 = G41, leaves 08:00, arrives 12:18
phone-train-ticket-g63 = G63, leaves 14:00, arrives 18:16
phone-train-ticket-station-sub = From Beijing South Station to Nanjing South Station
phone-train-ticket-waitlist = Second class: waitlist
phone-train-ticket-has-seats = Second class: available

phone-train-ticket-p1 = You want a ticket to Nanjing on March 5, on a morning train. Look at what it says at the right of each line, and tap a morning train that still has seats.
phone-train-ticket-p1-g41-fb = Well chosen! This train leaves at eight in the morning, and second class says available, so there are still seats. Next you choose the seat and the people traveling.
phone-train-ticket-p1-g25-fb = This train leaves at seven in the morning, but it says waitlist, which means it is sold out. A waitlist means waiting in line for someone else to return a ticket, and you may not get one. Look for a morning train that says available.
phone-train-ticket-p1-g63-fb = This train still has seats, but it only leaves at two in the afternoon. You wanted a morning train, so look for a morning one that says available.

phone-train-ticket-explain-4 = When you travel with your husband, wife or family, everyone needs a ticket. To buy a ticket for a family member, you add them as a "passenger". The first time, you enter their name and ID card number and follow what the phone says. Once they are added, one tap picks them next time.

phone-train-ticket-p2 = You are going to Nanjing with your husband, Li Jianguo. Look over this page. What do you do?
phone-train-ticket-p2-heading = Confirm order
phone-train-ticket-p2-train = March 5, G41, leaves 08:00
phone-train-ticket-p2-seat = Second class ¥443.50
phone-train-ticket-p2-seat-speech = Second class, four hundred forty-three yuan fifty per ticket
phone-train-ticket-p2-passengers = Passengers
phone-train-ticket-p2-me = Zhang Xiulan
phone-train-ticket-p2-me-sub = Adult ticket, yourself
phone-train-ticket-p2-add = Add passenger
phone-train-ticket-p2-submit = Submit order
phone-train-ticket-p2-add-fb = Well done! Only you are on this page, so your husband has no ticket yet. Next, pick Li Jianguo. The first time, you enter his name and ID card number. When you are both on the page, tap Submit order.
phone-train-ticket-p2-submit-fb = Don't submit yet. Only you are on this page, so this buys just your one ticket and your husband has none. First tap Add passenger and pick your husband, then submit.
phone-train-ticket-p2-family-fb = Very good! Your children can help you add your husband as a passenger. Look: right now only you are on this page.

phone-train-ticket-explain-5 = After you tap Submit order, 12306 asks you to pay. Choose WeChat or Alipay right there in 12306 and follow the steps. A payment code someone sends you, or a private account: don't pay a single cent.
phone-train-ticket-explain-6 = If you can't go, or want a different train, that is done in 12306 too. Open Railway 12306, tap Orders at the bottom, find the ticket, and tap Refund or Change. You can also do it at a ticket window at the station. Refund money goes back to where you paid from. Any refund fee comes straight out of the ticket money; you never pay anything extra.
phone-train-ticket-explain-7 = Scammers send texts or call to say your train is cancelled. They ask you to tap a link to claim compensation, or to pay a "refund fee". 12306 never does this. Don't tap links in texts. Open 12306 yourself and look at your orders, or call 12306 to ask. The lesson "Texts with links" says more about this.

phone-train-ticket-p3 = A few days later, you get a text message. What do you do?
phone-train-ticket-p3-body = [Railway notice] Dear passenger, train G41 on March 5 that you booked has been cancelled. Within 24 hours, tap the link below to get a refund and claim 200 yuan compensation. After that, the offer expires.
phone-train-ticket-p3-link-fb = This link was made by scammers. It asks for your bank card number and verification code. Next time you see a text like this, don't tap the link. Open Railway 12306 yourself, tap Orders, and see if your ticket is still there.
phone-train-ticket-p3-delete-fb = Well done! This was not sent by 12306. It came from an unknown number. Just delete it and don't tap the link. If you are worried, open Railway 12306 yourself and look at your orders.
phone-train-ticket-p3-report-fb = Well done! Reporting it helps phones block this number for everyone. Don't tap the link. To check your ticket, open Railway 12306 yourself and look at your orders.
phone-train-ticket-p3-home-fb = Well done! Don't tap the link. Go to the home screen, open Railway 12306 yourself and tap Orders. If a train is really cancelled, 12306 says so clearly, and the refund is done there.
phone-train-ticket-p3-back-fb = Well done! Don't tap the link; just leave this text. If you are worried, open Railway 12306 yourself and look at your orders.
phone-train-ticket-p3-family-fb = Very good! Tell your family and look at your orders in 12306 together. Even if the text names your train correctly, don't tap the link in it.
phone-train-ticket-p3-volunteer-fb = Very good! A volunteer can look at your orders in 12306 with you. Don't tap the link in this text.

phone-train-ticket-p4 = Your tickets are bought, and you get another text. Look at who sent it and what it says. What do you do?
phone-train-ticket-p4-sender = 12306
phone-train-ticket-p4-body = [Railway customer service] Zhang Xiulan, Li Jianguo: you have booked train G41 on March 5, car 5 seat 08D and car 5 seat 08F, second class, leaving Beijing South Station at 08:00. Please bring the ID card you used to buy the tickets.
phone-train-ticket-p4-body-speech = Railway customer service. Zhang Xiulan, Li Jianguo: you have booked train G41 on March 5, car 5 seat 8D and car 5 seat 8F, second class, leaving Beijing South Station at eight in the morning. Please bring the ID card you used to buy the tickets.
phone-train-ticket-p4-back-fb = Well done! This is a real text from 12306. The sender is 12306, there is no link, and it gives your train and seats. Read it and keep it. On the day of your trip, you can check your car and seat numbers.
phone-train-ticket-p4-home-fb = Well done! This is a real text from 12306. It has no link and asks for no money. Keep it, and check your car and seat on the day of your trip.
phone-train-ticket-p4-family-fb = Very good! Tell your family what time your train leaves, so they can meet you. This text really is from 12306. Just keep it.
phone-train-ticket-p4-delete-fb = Deleting it does no harm; your ticket is still in your 12306 orders. But this text is real: the sender is 12306 and there is no link. If you keep it, it is easier to check your car and seat on the day.
phone-train-ticket-p4-report-fb = No need to report this one. It is a real text from 12306: the sender is 12306, there is no link, it asks for no money, and it gives your train and seats. Just keep it.

phone-train-ticket-q-1 = You search online for "train tickets" and find a website: "Faster tickets! 30 yuan extra per ticket, guaranteed." What do you do?
phone-train-ticket-q-1-a-1 = Pay the 30 yuan extra to get it faster
phone-train-ticket-q-1-a-1-feedback = No need to pay extra. Sites like this charge more, may still not get you a ticket, and some take your money. Open Railway 12306 and buy there. If a train is sold out, you can join the waitlist in 12306.
phone-train-ticket-q-1-a-2 = Skip it and open Railway 12306
phone-train-ticket-q-1-a-2-feedback = That's right! Buy train tickets only on 12306, with no extra fee. If a train is sold out, join the waitlist in 12306 and wait for someone to return a ticket.
phone-train-ticket-q-1-a-3 = Send them my ID card number so they can buy for me
phone-train-ticket-q-1-a-3-feedback = Don't send your ID card number to strangers. Open Railway 12306 and buy it yourself. If you are not sure how, ask your children or a volunteer to help you in 12306.

phone-train-ticket-q-2 = Someone calls and says: "This is 12306 customer service. Your train is cancelled. Add me on WeChat and pay a refund fee." What do you do?
phone-train-ticket-q-2-a-1 = Add him on WeChat and pay the fee
phone-train-ticket-q-2-a-1-feedback = Don't add him, and don't pay. 12306 never asks you to pay a refund fee separately. Hang up, open Railway 12306 yourself and look at your orders, or call 12306 to ask.
phone-train-ticket-q-2-a-2 = Hang up, then look at my orders in 12306 or call 12306
phone-train-ticket-q-2-a-2-feedback = That's right! Refunds are done only in 12306, and you never pay extra. If a train is really cancelled, your 12306 orders say so clearly.
phone-train-ticket-q-2-a-3 = Tell him the verification code from my phone so he can refund it
phone-train-ticket-q-2-a-3-feedback = Never give the code to anyone who asks. With it, a scammer can get into your account. Hang up and look at your orders in 12306 yourself. The lesson "Never tell the code" says more about this.
