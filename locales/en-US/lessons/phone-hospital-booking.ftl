# Lesson: Book a hospital appointment
phone-hospital-booking-title = Book a hospital appointment
phone-hospital-booking-remember = Book only with the hospital itself: its own WeChat account, its app, its phone line or its window. Never pay a stranger for an appointment.

phone-hospital-booking-explain-1 = Before you go to the hospital, you can book an appointment on your phone. You go on the day and at the time you booked, with no early-morning line.
phone-hospital-booking-explain-2 = Book only with the hospital itself: its own WeChat account or app, its booking phone line, or its registration window. If you don't use a phone for this, that's fine. Hospitals keep some appointments for people who come to the window on the day.
phone-hospital-booking-explain-3 = To find the hospital's account, open WeChat, tap Search at the top, the magnifying glass, and type the hospital's name. Pick the one whose name is exactly the hospital's name. If you are not sure, ask your children or a volunteer. In Alipay you can also search for the hospital's name, in much the same way.

phone-hospital-booking-hospital = Chengnan People's Hospital
phone-hospital-booking-doctor = Dr. Wang Jianhua, Chief Physician
phone-hospital-booking-department = Cardiology, specialist appointment

phone-hospital-booking-p1 = This is Chengnan People's Hospital's own WeChat account. You want an appointment. Please tap Book an appointment.
phone-hospital-booking-p1-book = Book an appointment
phone-hospital-booking-p1-reports = Test results
phone-hospital-booking-p1-fees = Pay outpatient fees
phone-hospital-booking-p1-map = Directions to the hospital
phone-hospital-booking-p1-phone = Booking phone line
phone-hospital-booking-p1-phone-sub = Prefer not to use the phone screen? Call to book
phone-hospital-booking-p1-phone-number = 010-0000-0290
phone-hospital-booking-p1-book-fb = Right! After Book an appointment, you choose the department, the doctor and the time. Every hospital's page looks a little different; just look for the words Book an appointment.
phone-hospital-booking-p1-reports-fb = This is for your lab and test results. To book, please tap Book an appointment.
phone-hospital-booking-p1-fees-fb = This is for paying after you have seen the doctor. To book, please tap Book an appointment.
phone-hospital-booking-p1-map-fb = This shows you how to get to the hospital. To book, please tap Book an appointment.
phone-hospital-booking-p1-phone-fb = This is the hospital's own phone line, and you can book by calling it too. In this lesson we book on the phone screen first, so please tap Book an appointment.

phone-hospital-booking-explain-4 = After Book an appointment, you choose one thing at a time. First the department, such as cardiology. Then the doctor, then the day and the time. The first time, you enter the patient's name and ID card number. Your children can help you fill this in once. Last, look it all over and tap Confirm.

phone-hospital-booking-p2 = You want to see Dr. Wang on Tuesday morning. Look at what it says at the right of each line, and tap a time you can still book.
phone-hospital-booking-p2-heading = Choose a time
phone-hospital-booking-p2-tue-9 = Tuesday morning, 9:00–9:30
phone-hospital-booking-p2-tue-10 = Tuesday morning, 10:00–10:30
phone-hospital-booking-p2-wed-14 = Wednesday afternoon, 14:00–14:30
phone-hospital-booking-p2-full = Fully booked
phone-hospital-booking-p2-left-3 = 3 left
phone-hospital-booking-p2-left-5 = 5 left
phone-hospital-booking-p2-tue-10-fb = Well chosen! Tuesday at ten in the morning still has places. Next, the phone asks you to look over your booking.
phone-hospital-booking-p2-tue-9-fb = Nine o'clock is already fully booked, so you can't get it. Look at the right: a line that says how many are left can still be booked.
phone-hospital-booking-p2-wed-14-fb = Wednesday afternoon has places too. But you wanted Tuesday morning, so look for the Tuesday morning time that still has places.

phone-hospital-booking-p3 = You are booking Dr. Wang for Tuesday at ten in the morning, for yourself. Look over this page. What do you do?
phone-hospital-booking-p3-heading = Please check your booking
phone-hospital-booking-p3-patient = Patient: Zhang Xiulan (yourself)
phone-hospital-booking-p3-patient-sub = ID card number entered
phone-hospital-booking-p3-fee = Registration fee: ¥50.00
phone-hospital-booking-p3-fee-speech = Registration fee: fifty yuan
phone-hospital-booking-p3-confirm = Confirm
phone-hospital-booking-p3-confirm-fb = Well done! The doctor, the time and the patient are all right, so you tap Confirm. On the day, bring your ID card or medical-insurance card to the hospital. If you can't go, remember to cancel in the hospital's account.
phone-hospital-booking-p3-cancel-fb = Everything on this page is right: the doctor, the time and your name. No need to cancel. Once you have checked, tap Confirm.

phone-hospital-booking-explain-5 = Some people sell "specialist appointments" online or in group chats. They promise you will get one and want a few hundred yuan first. They are scalpers, so don't pay them. The appointment may be fake, and the money won't come back. Pay the registration fee only to the hospital: in its own account or app, or at the window.

phone-hospital-booking-p4 = Dr. Wang is fully booked this week. You search online for Chengnan People's Hospital appointments and open this page. What do you do?
phone-hospital-booking-p4-ad = Ad
phone-hospital-booking-p4-headline = Chengnan People's Hospital specialist appointments, guaranteed
phone-hospital-booking-p4-body = Can't get an appointment with Chief Wang? Come to us! No waiting in line. Pay first, get your appointment today.
phone-hospital-booking-p4-price = ¥300 each
phone-hospital-booking-p4-price-speech = three hundred yuan each
phone-hospital-booking-p4-pay = Pay now
phone-hospital-booking-p4-contact = Add us on WeChat
phone-hospital-booking-p4-back-fb = Well done! This page is a scalper's, not the hospital's. Just press the Back key to leave. When a doctor is fully booked, look for another day or another doctor in the hospital's own account, or ask at the hospital window about appointments for that day.
phone-hospital-booking-p4-home-fb = Well done! This page is a scalper's. Going to the home screen leaves it. To book, open the hospital's own account and look for another day or another doctor.
phone-hospital-booking-p4-family-fb = Very good! Ask your family, and look for an appointment together in the hospital's own account. Don't pay a single cent on this page.
phone-hospital-booking-p4-volunteer-fb = Very good! A volunteer can help you look for an appointment in the hospital's own account. Don't pay a single cent on this page.
phone-hospital-booking-p4-pay-fb = Don't pay yet. This is a scalper, not the hospital. If you pay, you may get no appointment and not get the money back. Press the Back key to leave, then book in the hospital's own account, or ask at the window.
phone-hospital-booking-p4-contact-fb = No need to add them. Once you do, they will keep pushing you to send money. Press the Back key to leave, and book in the hospital's own account.

phone-hospital-booking-explain-6 = Once you have booked, the hospital may send you a text message with the time. Just read it. If a text asks you to tap a link and pay, don't tap it; open the hospital's own account and look there. The lesson "Texts with links" says more about this.

phone-hospital-booking-q-1 = You search WeChat for the hospital and see two names: Chengnan People's Hospital, and Chengnan Hospital Fast-Track Booking Agent. Which one do you tap?
phone-hospital-booking-q-1-a-1 = Chengnan People's Hospital
phone-hospital-booking-q-1-a-1-feedback = That's right! Pick the one whose name is exactly the hospital's. Names with "agent" or "fast-track" are not the hospital's own.
phone-hospital-booking-q-1-a-2 = The Fast-Track Booking Agent, it sounds quicker
phone-hospital-booking-q-1-a-2-feedback = That one is not the hospital's own. It books for people and charges them. Please tap the one whose name is exactly the hospital's: Chengnan People's Hospital.
phone-hospital-booking-q-1-a-3 = Open both and have a look
phone-hospital-booking-q-1-a-3-feedback = No need to open both. The agent will ask you for money. Just tap the one whose name is exactly the hospital's.

phone-hospital-booking-q-2 = You are not very good at booking on the phone. Can you still see a doctor at the hospital?
phone-hospital-booking-q-2-a-1 = No, I have to pay someone to book for me
phone-hospital-booking-q-2-a-1-feedback = No need to pay anyone. You can still book at the hospital window, and hospitals keep some appointments for people who come on the day. Calling the hospital's booking line works too.
phone-hospital-booking-q-2-a-2 = Yes: call the hospital's booking line, or go to the window
phone-hospital-booking-q-2-a-2-feedback = That's right! Hospitals keep some appointments for people who come on the day, and someone at the window will help you. You can also book by calling the hospital's line.
phone-hospital-booking-q-2-a-3 = I have to wait until my children have time to take me
phone-hospital-booking-q-2-a-3-feedback = No need to wait. You can go to the hospital window yourself to book, or call the hospital's booking line. When your children have time, ask them to show you how to book on the phone.
