# Lesson: Show my medical and transport codes (Using my phone)
phone-show-code-title = Show my medical and transport codes
phone-show-code-remember = At the doctor's or the pharmacy, show your medical code; on the bus or metro, open your ride code. Only staff and machines scan your codes.

phone-show-code-explain-1 = Your phone has two handy codes. The medical code is your medical insurance card on the phone: use it to see a doctor or buy medicine. The ride code is your bus card on the phone: use it on buses and the metro.
phone-show-code-explain-2 = To find the medical code: open WeChat, tap the magnifying glass at the top right, type "medical code", and tap the medical code that comes up. In Alipay you search the same way. You can also install the national medical insurance app from the app store.
phone-show-code-explain-3 = The first time, follow the steps to turn it on. It will ask to scan your face; you only do this once. At the hospital window or the pharmacy, open the medical code and let the staff scan your screen. The codes look alike, so before you show one, read which code the screen says.

phone-show-code-screen-title = My codes
phone-show-code-btn-pay = Pay code
phone-show-code-btn-medical = Medical code
phone-show-code-btn-ride = Ride code
phone-show-code-pay-caption = Pay code: pay a shop
phone-show-code-medical-caption = Medical code
phone-show-code-medical-sub = Medical insurance e-card
phone-show-code-ride-caption = Ride code
phone-show-code-ride-sub = Happy City buses and metro

phone-show-code-p1 = You are buying medicine at the pharmacy. The clerk says: "Please show your medical code." Your phone is showing the pay code. Please tap Medical code.
phone-show-code-p1-medical-fb = That's right! The screen says Medical code. Let the clerk scan your screen, and your medical insurance pays for the medicine.
phone-show-code-p1-pay-fb = The code showing now is the pay code, for paying money. The clerk wants the medical code. Please tap Medical code.
phone-show-code-p1-ride-fb = The ride code is for buses. To use your medical insurance, please tap Medical code.

phone-show-code-explain-4 = To find the ride code: search "ride code" in WeChat or Alipay, choose your city, and follow the steps to turn it on. Some cities also have their own bus app. When you get on, open the ride code, hold it to the reader's window, and wait for the beep.

phone-show-code-p2 = You have seen the doctor and got on a bus. Your phone still shows the medical code. There is a code reader by the door. What do you do?
phone-show-code-p2-ride-fb = Well done! Open the ride code, hold it to the reader's window, and wait for the beep.
phone-show-code-p2-medical-fb = The medical code is for the doctor and the pharmacy; the bus reader won't take it. Please switch to the ride code.
phone-show-code-p2-pay-fb = The pay code is for the cashier to scan. On the bus you need the ride code. Please tap Ride code.
phone-show-code-p2-volunteer-fb = Asking is a good idea. The bus reader needs the ride code, so please tap Ride code. You can also ask the driver.

phone-show-code-explain-5 = You can do all this without your phone, too. Your medical insurance card, also called the social security card, your bus card and your senior card all still work. If you are not sure how to use a code, ask the staff at the window or on the bus to help you. In some cities seniors ride for less with a senior card; ask your neighborhood office.

phone-show-code-q-1 = You left your phone at home, but you have your medical insurance card. At the hospital window, can you still use your medical insurance?
phone-show-code-q-1-a-1 = Yes, just show the card
phone-show-code-q-1-a-1-feedback = That's right! The card still works. Take it with you when you see a doctor, even if your phone's battery runs out.
phone-show-code-q-1-a-2 = No, I must go home for my phone
phone-show-code-q-1-a-2-feedback = No need to go home. The hospital window still takes your medical insurance card. If you are not sure, ask the staff at the window.
phone-show-code-q-1-a-3 = I can't use my insurance this time, so I pay it all myself
phone-show-code-q-1-a-3-feedback = You don't have to. Show your medical insurance card and your insurance still pays. If you are not sure, ask the staff at the window.

phone-show-code-explain-6 = Only hospital and pharmacy staff, and the readers on buses and at metro gates, should scan these codes. A pay code takes money as soon as it is scanned, so only a cashier scans it. If a stranger wants to scan your code for a free gift, say no. The lesson "Paying safely" says more about the pay code.

phone-show-code-p3 = You are waiting at the bus stop with the ride code open. A stranger walks up and says: "Let me scan your code to sign you up, and you get a free bag of eggs." What do you do?
phone-show-code-p3-back-fb = Well done! Press the back key to close the code and put your phone away. Say "No, thank you" and walk away.
phone-show-code-p3-home-fb = Well done! Going to the home screen closes the code. Put your phone away; you don't need to talk to him.
phone-show-code-p3-family-fb = Calling your family is a good idea. Free gifts for scanning your code are usually a trap. Don't let him scan it; put your phone away.
phone-show-code-p3-volunteer-fb = Asking a volunteer is a good idea. Don't let a stranger scan your code. Press the back key to close it and put your phone away.
phone-show-code-p3-pay-fb = Please don't open the pay code for him. A pay code takes money as soon as it is scanned, so only a cashier scans it. Press the back key to close it and put your phone away.
phone-show-code-p3-medical-fb = Please don't show him the medical code. It is tied to you and your insurance, so only hospital and pharmacy staff scan it. Press the back key to close it and put your phone away.
phone-show-code-p3-ride-fb = The ride code is only for the reader on the bus, not for strangers. Press the back key to close it and put your phone away.

phone-show-code-q-2 = Who may scan the codes on your phone?
phone-show-code-q-2-a-1 = The person at the bus stop giving away eggs
phone-show-code-q-2-a-1-feedback = Don't let him. Free gifts for signing up are a way to get your money or your personal details. Put your phone away and walk on.
phone-show-code-q-2-a-2 = Hospital and pharmacy staff, a shop's cashier, the reader on the bus
phone-show-code-q-2-a-2-feedback = That's right! The medical code is for hospital and pharmacy staff, the pay code only for a cashier, the ride code only for the bus reader.
phone-show-code-q-2-a-3 = Someone on WeChat who asks for a screenshot of your code
phone-show-code-q-2-a-3-feedback = Don't send it. Others can use a screenshot of your code too. Show your codes only in person to staff, and never send a screenshot to anyone.
