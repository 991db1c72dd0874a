# Lesson: Never tell the code (Staying safe from scams)
safety-code-title = Never tell the code
safety-code-remember = A code is for you alone. Type it only into an app you opened yourself. Whoever asks, don't give it.

safety-code-explain-1 = A verification code is a few numbers sent to you by text message. It is like a key that works only once. It can open your account, and it can be used to take your money.
safety-code-explain-2 = Code messages often say "Do not share". That means: don't tell anyone. Banks, shops, the police and couriers never ask you for it.
safety-code-explain-3 = Anyone who calls or messages you asking for your code is a scammer. Even if he says he is customer service or an old friend.

safety-code-p1 = You did not log in to Goodwares Mall, but this text arrived. Listen for the words "Do not share it with anyone". That means: don't tell anyone. For a text like this, just tap Delete.
safety-code-p1-sender = Goodwares Mall
safety-code-p1-body = [Goodwares Mall] Your code is 530817. You are logging in to Goodwares Mall. Valid for 5 minutes. Do not share it with anyone. If this was not you, ignore this message.
safety-code-p1-body-speech = From Goodwares Mall: your code is five three zero eight one seven. You are logging in to Goodwares Mall. It works for five minutes. Do not share it with anyone. If this was not you, ignore this message.
safety-code-p1-delete-fb = Well done! You did not log in, yet a code came. That means someone is trying your account. If nobody gets the code, they cannot get in.
safety-code-p1-report-fb = The shop really sent this text, so there is no need to report it. It is reminding you not to tell anyone. Just tap Delete.

safety-code-p2 = A little later, the phone rings. The caller says: "This is Goodwares Mall customer service. I just sent you a code. Read it to me and I will cancel a charge for you." What do you do?
safety-code-p2-sms = [Goodwares Mall] Your code is 530817. Do not share it with anyone.
safety-code-p2-sms-speech = Text from Goodwares Mall: your code is five three zero eight one seven. Do not share it with anyone.
safety-code-p2-caller = Unknown number
safety-code-p2-status = On call 00:35
safety-code-p2-speaker = Speaker
safety-code-p2-hang-up-fb = Well done! Anyone who asks for your code is a scammer. Real customer service never asks for it. To check for a charge, open the Goodwares Mall app yourself.
safety-code-p2-speaker-fb = Speaker only makes the voice louder. The caller wants your code, so this is a scammer. Press the red button to hang up.
safety-code-p2-family-fb = Very good! Hang up this call first, then talk it over with your family. Never give the code to anyone.

safety-code-p3 = Sister Zhang, your old colleague, sends you a message. A code text arrives on your phone too. How do you reply?
safety-code-p3-title = Sister Zhang (old colleague)
safety-code-p3-sms = [RuyiPay] Your code is 736204. You are logging in to RuyiPay on a new phone. Do not tell anyone.
safety-code-p3-sms-speech = Text from RuyiPay: your code is seven three six two zero four. You are logging in to RuyiPay on a new phone. Do not tell anyone.
safety-code-p3-m1 = Are you there? I need a small favor.
safety-code-p3-m2 = I got a new phone, and my code went to your phone by mistake. Send me those six numbers, it's urgent!
safety-code-p3-send = OK, I'll send you the numbers now
safety-code-p3-call = I can't give out a code. Let me call you first.
safety-code-p3-voice = Send me a voice message so I know it's you
safety-code-p3-call-fb = Well done! Never give a code to anyone, not even an old friend. Call Sister Zhang on the number saved in your phone. She will most likely say she never asked. Someone may have stolen her account.
safety-code-p3-send-fb = Please don't send it. Look at the text: this code is for logging in to your own RuyiPay account. Whoever gets it can get into your account. Call Sister Zhang's old number and ask her.
safety-code-p3-voice-fb = Wanting to be sure is right, but today voices can be faked too. The safest way is to call Sister Zhang on the number saved in your phone. Don't give the code yet.
safety-code-p3-family-fb = Very good! Let your family look at it, then call Sister Zhang's old number together. Don't give the code yet.
safety-code-p3-volunteer-fb = Very good! Asking a volunteer is the safest. Never give a code to anyone, not even an old friend.

safety-code-explain-4 = There is only one time to use a code: when you opened the app yourself and tapped "Get code" yourself. Then you type it into that same app, and that is right.

safety-code-p4 = You want to see how much money is on your bank card. You opened the Fuman Bank app yourself and tapped Get code. The text has arrived. What do you do?
safety-code-p4-title = Fuman Bank
safety-code-p4-sms = [Fuman Bank] Your code is 482760. You are logging in to mobile banking. Valid for 5 minutes. Do not share it with anyone, including bank staff.
safety-code-p4-sms-speech = Text from Fuman Bank: your code is four eight two seven six zero. You are logging in to mobile banking. It works for five minutes. Do not share it with anyone, including bank staff.
safety-code-p4-heading = Log in with a text code
safety-code-p4-sent = The code was sent to your phone
safety-code-p4-field = Code
safety-code-p4-login = Log in
safety-code-p4-login-fb = Well done! You asked for this code yourself, so typing it into the bank app you opened is safe. You are logged in now.
safety-code-p4-wrong = Those numbers are not right. Look at the six numbers in the text: four, eight, two, seven, six, zero. The delete key lets you fix it.
safety-code-p4-empty = Please use the number keys below to type the six numbers from the text, then tap Log in.
safety-code-p4-family-fb = Asking your family is fine. This time you asked for the code yourself in the bank app, so typing it in there is right.

safety-code-q-1 = Someone calls and asks for your code. Who can you give it to?
safety-code-q-1-a-1 = Someone who says he works at the bank
safety-code-q-1-a-1-feedback = Bank staff never ask for your code. The text even says: not even bank staff. Never give it to anyone. Just hang up.
safety-code-q-1-a-2 = Someone who says he is the police
safety-code-q-1-a-2-feedback = The police never ask for your code. If you feel unsure after hanging up, call 110 yourself and ask.
safety-code-q-1-a-3 = Nobody, whoever asks
safety-code-q-1-a-3-feedback = That's right! The code is for you alone. Whoever asks, don't give it.

safety-code-q-2 = You tapped Get code in your bank app yourself, and the text arrived. What do you do with the code?
safety-code-q-2-a-1 = Type it into that bank app myself
safety-code-q-2-a-1-feedback = That's right! A code you asked for, typed into an app you opened yourself, is safe.
safety-code-q-2-a-2 = I'm afraid to type it, so I delete the bank app
safety-code-q-2-a-2-feedback = No need to be afraid. You asked for this code yourself, so typing it in is right. It is only when someone else asks that you say no.
safety-code-q-2-a-3 = Read it to the "bank customer service" on the phone
safety-code-q-2-a-3-feedback = Please don't read it out. A code goes only into the app you opened yourself. Anyone who calls to ask for it is a scammer.

safety-code-q-3 = You told someone your code by mistake. What now?
safety-code-q-3-a-1 = It's fine, wait and see
safety-code-q-3-a-1-feedback = Please don't wait. They may be taking your money right now. Call the number on the back of your bank card, then call 110, and tell your family.
safety-code-q-3-a-2 = Call the number on the back of my bank card right away, then 110, and tell my family
safety-code-q-3-a-2-feedback = That's right! The sooner the better. The bank can protect your card first, and the police can help get your money back.
safety-code-q-3-a-3 = I'm embarrassed, so I keep it to myself
safety-code-q-3-a-3-feedback = There is nothing to be embarrassed about. Scammers are very good at tricking people. The sooner you speak up, the more money you can save. Call the number on the back of your bank card and 110, and tell your family.
