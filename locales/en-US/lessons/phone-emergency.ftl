# Lesson: Emergency help and contact (Using my phone)
phone-emergency-title = Emergency help and contact
phone-emergency-remember = In an emergency: call 110 for the police, 120 for an ambulance, 119 for a fire. Set up your emergency contact ahead of time.

phone-emergency-explain-1 = In an emergency, remember three numbers. If someone attacks or robs you, call 110 for the police. If someone falls ill or gets hurt, call 120 for an ambulance. If there is a fire or thick smoke, call 119.
phone-emergency-explain-2 = These three numbers are free. They work even when your phone has run out of credit. They also work when your phone is locked: swipe up to the page where you type your password, and tap "Emergency call" at the bottom. No password needed.
phone-emergency-explain-3 = When someone answers, first say where you are: the name of your housing estate, the building, the entrance, the floor. If you don't know the address, name something nearby: a supermarket, a school, a bus stop. Then say what happened. Answer each question the operator asks. Let the operator hang up first.

phone-emergency-field = Number
phone-emergency-call = Call

phone-emergency-p1 = Your husband has fallen in the bathroom. His leg hurts badly and he can't get up. Please type 120, then tap the green Call button.
phone-emergency-p1-call-fb = You're through! First give the address: the housing estate, the building, the entrance, the floor. Then say: my husband has fallen and can't get up. Don't try to lift him; do what the operator says. Afterward keep the line free, because the ambulance may call back to ask the way.
phone-emergency-p1-wrong = That number is not right. For an ambulance, call 120: press one, two, zero. Press delete to fix a mistake.
phone-emergency-p1-empty = First use the number keys below: press one, two, zero. Then tap the green Call button.
phone-emergency-p1-family-fb = Telling your family matters too. But first call 120 for an ambulance, then call your family.
phone-emergency-p1-volunteer-fb = Getting someone to help is good. You can call too: press one, two, zero, then tap the green Call button.

phone-emergency-p2 = You are walking in the park and see an old man lying on the ground. He doesn't answer when you call to him. You take out your phone, and it is locked. In your hurry, you can't remember the password. What do you do?
phone-emergency-p2-time = 09:30
phone-emergency-p2-prompt = Enter lock screen password
phone-emergency-p2-password = Password
phone-emergency-p2-emergency = Emergency call
phone-emergency-p2-emergency-fb = Well done! Even when the phone is locked, you can tap "Emergency call". No password needed: call 120 straight away.
phone-emergency-p2-cancel-fb = Cancel takes you back to the lock screen. You can call for help without the password: tap "Emergency call" at the bottom, then call 120.
phone-emergency-p2-volunteer-fb = Calling people nearby to help is good. You can call too: tap "Emergency call" at the bottom. No password needed, and you can call 120.
phone-emergency-p2-family-fb = Helping him comes first. Tap "Emergency call" at the bottom, call 120 first, then tell your family.

phone-emergency-p3 = You are cooking at home. Suddenly thick smoke pours out of the kitchen, and the fire is growing. You have your phone with you and you are already outside the door. What do you do?
phone-emergency-p3-call-fb = Well done! For a fire or thick smoke, call 119. Tell the operator the housing estate, the building, the floor, and what is burning. Take the stairs down, not the elevator, and don't go back for your things.
phone-emergency-p3-wrong = That number is not right. For a fire, call 119. Press delete to clear it, then press one, one, nine.
phone-emergency-p3-empty = First type the number with the keys below. For a fire or thick smoke, call 119. Then tap the green Call button.
phone-emergency-p3-family-fb = Telling your family is good. But when there is a fire, call 119 first, then call your family.
phone-emergency-p3-volunteer-fb = Calling your neighbors to get out too is good. And call 119 right away yourself: press one, one, nine, then tap the green Call button.

phone-emergency-q-1 = You got through to 120. The operator asks: "Where is the patient?" What do you say?
phone-emergency-q-1-a-1 = At my home, come quickly!
phone-emergency-q-1-a-1-feedback = The operator doesn't know where your home is. Say it clearly: the housing estate, the building, the entrance, the floor.
phone-emergency-q-1-a-2 = Sunshine Estate, Building 3, Entrance 2, fifth floor; there's a supermarket at the gate
phone-emergency-q-1-a-2-feedback = That's right! The clearer the address, the sooner the ambulance arrives. Naming something easy to find nearby helps too.
phone-emergency-q-1-a-3 = Hang up and wait for my children to come home
phone-emergency-q-1-a-3-feedback = Don't hang up, and don't wait. Saving a life comes first: give the address clearly, then call your children.

phone-emergency-explain-4 = If you ever faint while you are out, someone can pick up your phone and tap "Emergency call" on the lock screen. There they can see your emergency contact and call your family. That's why you set it up ahead of time.
phone-emergency-explain-5 = Open Settings, type "emergency" into the search box at the top, and tap "Emergency contacts". Then tap "Add" and choose a family member from your contacts. Huawei, Xiaomi, OPPO, vivo and Honor name things a little differently; some put it under "Emergency help" or "Emergency SOS". Searching for "emergency" finds it on all of them. If you can't find it, ask your family or a volunteer to set it up with you.

phone-emergency-p4 = You tapped "Add", and the phone opened your contacts. Your daughter lives nearby and can come at any time. Please choose your daughter.
phone-emergency-p4-title = Choose emergency contact
phone-emergency-p4-hint = In an emergency, others can call this person from your lock screen.
phone-emergency-p4-friend = Old classmate Zhang
phone-emergency-p4-friend-number = 010-0000-0382
phone-emergency-p4-daughter = Daughter Xiaohong
phone-emergency-p4-daughter-number = 010-0000-0381
phone-emergency-p4-shop = Supermarket downstairs
phone-emergency-p4-shop-number = 010-0000-0383
phone-emergency-p4-plumber = Plumber Wang
phone-emergency-p4-plumber-number = 010-0000-0384
phone-emergency-p4-daughter-fb = All set! If something happens to you, others can call your daughter right from the lock screen. If she changes her number, remember to update it here.
phone-emergency-p4-other-fb = Your emergency contact should be a close family member who can come quickly. This time, please choose your daughter.

phone-emergency-explain-6 = In the same place you can also fill in a "Medical card": your blood type, any medicines you are allergic to, the medicines you take. Ambulance crews can see it on the lock screen. Many phones also have "Emergency SOS": once it is on, press the power key five times quickly and the phone calls for help by itself. Don't try it for fun; it really makes the call.

phone-emergency-q-2 = You dialed 110 by mistake, and someone has answered. What do you do?
phone-emergency-q-2-a-1 = Stay on the line and say: "Sorry, I dialed by mistake."
phone-emergency-q-2-a-1-feedback = That's right! Once you explain it was a mistake, the operator can stop worrying. A wrong call is nothing to be ashamed of.
phone-emergency-q-2-a-2 = Hang up quickly in a fright
phone-emergency-q-2-a-2-feedback = Don't be afraid; a wrong call is all right. But if you hang up, the operator may worry that something has happened to you and call back. Answer and say it was a mistake.
phone-emergency-q-2-a-3 = Switch off the phone and answer no one
phone-emergency-q-2-a-3-feedback = No need to switch it off. If the operator calls back, it is because they are worried about you. Answer and explain that it was a mistake.
