# Lesson: Call a taxi and share the trip
phone-ride-hailing-title = Call a taxi and share the trip
phone-ride-hailing-remember = Before you get in, check the plate; get in only when it matches. Once inside, turn on Share trip so your family can relax.

phone-ride-hailing-explain-1 = To run errands or go to the hospital, you can call a car with your phone. It comes to where you are and takes you to the door. If you'd rather not use the phone, that's fine too: wave on the roadside and a taxi will stop, just as before.
phone-ride-hailing-explain-2 = To call a car in WeChat: open WeChat, tap "Me" at the bottom right, tap "Services", then tap the ride service. In Alipay, type "taxi" in the search box at the top. If your phone has a ride app, just open it. They look a little different, but they work the same way.
phone-ride-hailing-explain-3 = In many cities the ride apps have "one-tap taxi" for older people. No address to type: tap once, and a car comes to where you are. If you can't find it, ask your children or a volunteer to look with you.
phone-ride-hailing-explain-4 = For a normal ride, first type where you are going in "Where to?". Typing or speaking both work. The phone finds where you are by itself; check that it is right. Then tap "Confirm". Once a driver accepts, the phone shows the car's plate, its color, and the driver's family name.

phone-ride-hailing-app = Easy Ride

phone-ride-hailing-p1 = You are going to Chengnan People's Hospital. Where you get in and where you are going are both filled in. Please tap Confirm.
phone-ride-hailing-p1-from = Chengnan Estate, east gate
phone-ride-hailing-p1-from-sub = Pick-up
phone-ride-hailing-p1-to = Chengnan People's Hospital
phone-ride-hailing-p1-to-sub = Destination
phone-ride-hailing-p1-price = Estimated fare ¥23.50
phone-ride-hailing-p1-price-speech = Estimated fare, twenty-three yuan fifty
phone-ride-hailing-p1-call = Confirm
phone-ride-hailing-p1-book = Book for later
phone-ride-hailing-p1-call-fb = Your car is called! Wait a moment. Once a driver accepts, the phone shows the plate and the car's color, and how far away the car is.
phone-ride-hailing-p1-book-fb = Book for later is for a car at a set time, such as early tomorrow. You want to go now, so please tap Confirm.

phone-ride-hailing-explain-5 = When the car arrives, don't get in right away. Look at the plate on the back of the car and compare it with the phone, letter by letter. The same color is not enough: get in only when the plate matches. If it doesn't, don't get in; tap "Contact driver" in the app and ask.

phone-ride-hailing-p2 = A white car stops in front of you. Its plate is Jing A K0000. The driver rolls down the window: "It's me, hop in." Look at the plate on your phone. What do you do?
phone-ride-hailing-p2-status = Your driver has arrived
phone-ride-hailing-plate = 京A·D0000
phone-ride-hailing-plate-speech = Plate: Jing A, D, zero zero zero zero
phone-ride-hailing-car = White sedan, Driver Wang
phone-ride-hailing-btn-contact = Contact driver
phone-ride-hailing-btn-share = Share trip
phone-ride-hailing-btn-sos = Emergency call
phone-ride-hailing-btn-cancel = Cancel ride
phone-ride-hailing-btn-pay = Pay now
phone-ride-hailing-p2-contact-fb = Well done! The phone says D, the car in front of you says K. The plates don't match, so don't get in. Contact the driver in the app and ask where he is. Your car has exactly the plate on your phone.
phone-ride-hailing-p2-share-fb = Sharing the trip is a good habit, but don't get into this car. Your phone says D, this car says K: it is not the car you called. Tap Contact driver and ask where your car is.
phone-ride-hailing-p2-sos-fb = The emergency button is for when you are in danger. You are not in the car, so just don't get in, and tap Contact driver to ask. If the man keeps bothering you, walk to where there are people and call 110.
phone-ride-hailing-p2-cancel-fb = Don't cancel yet: then the car you called won't come. The plate doesn't match, so don't get into this car. Tap Contact driver and ask where your car is.
phone-ride-hailing-p2-family-fb = Very good! Call your family and decide together. The plate doesn't match, so don't get in; then contact the driver in the app.
phone-ride-hailing-p2-volunteer-fb = Very good! Ask a volunteer. The plate doesn't match, so don't get in; tap Contact driver in the app and ask.

phone-ride-hailing-explain-6 = Once you are in the car, tap "Share trip", choose WeChat, pick someone in your family, and send it. When they open it, they can see where the car is, and they know when you have arrived.
phone-ride-hailing-explain-7 = The trip page also has an "Emergency call" button. If you are in danger, for example the driver won't let you out, tap it and it calls 110 for you. Apps differ: if you can't find it, tap the small shield marked "Safety" and look inside. There you can also set an emergency contact, so every ride is shared with your family by itself.

phone-ride-hailing-p3 = The plate matched, and you got in. You want your daughter to see on her phone where the car is. What do you do?
phone-ride-hailing-p3-status = On the way to Chengnan People's Hospital
phone-ride-hailing-p3-time = About fifteen minutes to go
phone-ride-hailing-p3-share-fb = Well done! After Share trip, pick your daughter in WeChat and send it. When she opens it, she can follow the car all the way.
phone-ride-hailing-p3-contact-fb = This is for calling or messaging the driver. To let your daughter see where the car is, tap Share trip.
phone-ride-hailing-p3-sos-fb = The emergency button is for danger; it calls 110. Everything is fine now, so you don't need it. To let your daughter see where the car is, tap Share trip.
phone-ride-hailing-p3-family-fb = Calling your daughter is nice too. Send her the trip with Share trip as well, and she can follow you all the way.

phone-ride-hailing-explain-8 = When you arrive, pay the fare in the app. A car you called in the app is paid in the app, so everything is on record. If the driver says "don't pay in the app, scan my code", say no. For more on paying by scanning, see the lesson "Scan to pay, check first".

phone-ride-hailing-p4 = You have arrived at the hospital. The driver holds up his own payment code and says something. What do you do?
phone-ride-hailing-p4-status = Arrived: Chengnan People's Hospital
phone-ride-hailing-p4-fare = Fare ¥23.50
phone-ride-hailing-p4-fare-speech = Fare, twenty-three yuan fifty
phone-ride-hailing-p4-driver = Driver Wang
phone-ride-hailing-p4-says = Here we are. Don't bother paying in the app, just scan my code. I'll take three yuan off.
phone-ride-hailing-p4-reply-app = No thanks, I'll pay in the app
phone-ride-hailing-p4-reply-scan = All right, I'll scan your code
phone-ride-hailing-p4-pay-fb = Well done! A car you called in the app is paid in the app. If you were overcharged or taken the long way, the app can help you get money back.
phone-ride-hailing-p4-reply-app-fb = Well done! A polite word is enough: you'll pay in the app. Then tap Pay now in the app to pay the fare.
phone-ride-hailing-p4-reply-scan-fb = Don't scan it. The money would go straight to him, the fare in the app would still be unpaid, and you might have to pay twice. If anything goes wrong, the app can't help. Please tap Pay now in the app.
phone-ride-hailing-p4-family-fb = Asking your family is good. Remember: a car called in the app is paid in the app, with Pay now.

phone-ride-hailing-q-1 = You are in the car, and the driver leaves the route on your phone. You ask him to stop, and he doesn't. You are scared. What do you do?
phone-ride-hailing-q-1-a-1 = Tap the emergency button on the trip page, or call 110
phone-ride-hailing-q-1-a-1-feedback = That's right! The emergency button calls 110 for you. If you shared the trip, your family can also see where the car is.
phone-ride-hailing-q-1-a-2 = Feel too shy to make a fuss, and put up with it
phone-ride-hailing-q-1-a-2-feedback = Don't put up with it; your safety comes first. If you are scared, tap the emergency button or call 110 straight away.
phone-ride-hailing-q-1-a-3 = Send the driver some money and beg him to stop
phone-ride-hailing-q-1-a-3-feedback = No need to pay him. Tap the emergency button or call 110, and the police will come to help you.

phone-ride-hailing-q-2 = You are not sure how to call a car with your phone. Can you still get a taxi?
phone-ride-hailing-q-2-a-1 = No, I'll have to walk
phone-ride-hailing-q-2-a-1-feedback = You can get one. Wave on the roadside and a taxi will stop. In ride apps, one-tap taxi also brings a car with a single tap.
phone-ride-hailing-q-2-a-2 = Yes: wave on the roadside, or use one-tap taxi
phone-ride-hailing-q-2-a-2-feedback = That's right! Waving on the roadside still works. One-tap taxi needs no address, just one tap. Ask your children or a volunteer to help you find it.
phone-ride-hailing-q-2-a-3 = Only by paying someone to call it for me
phone-ride-hailing-q-2-a-3-feedback = No need to pay anyone. Waving on the roadside works, and one-tap taxi is simple; your children or a volunteer can show you.
