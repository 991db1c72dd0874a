# Lesson: a caller says he is the police (Staying safe from scams, lesson 1)
safety-police-call-title = A caller says he is the police
safety-police-call-remember = The police never ask you to move money to a "safe account". If a caller does, hang up at once.

safety-police-call-explain-1 = Some scammers phone you pretending to be the police, a prosecutor or a court. This is a very common scam.
safety-police-call-explain-2 = He says your bank account is linked to a crime like money laundering. He tells you to keep it secret and move your money to a "safe account".
safety-police-call-explain-3 = Please remember: real police never ask you to transfer money over the phone. There is no such thing as a "safe account".

safety-police-call-sim-1-instruction = Earlier, this number said it was the police and that you were under suspicion. Now it is calling again. Please decline the call.
safety-police-call-sim-1-caller = Says: Police Station
safety-police-call-sim-1-number = +00 010-0000-0000
safety-police-call-sim-1-decline = Well done! If you don't answer, he can't frighten you. If you feel uneasy, call 110 yourself and ask.
safety-police-call-sim-1-answer = If you answer, he will keep frightening you and pushing you to pay. If you answered by mistake, that's alright: just hang up.

safety-police-call-q-1 = The caller says: "Your account is involved in a crime. Move your money to a safe account to prove you are innocent." Is this true?
safety-police-call-q-1-a-1 = Yes. If I don't pay, I will be arrested
safety-police-call-q-1-a-1-feedback = Don't be afraid; the scammer is trying to scare you. The police never ask for transfers, and there is no "safe account".
safety-police-call-q-1-a-2 = No, it's a scam. Hang up at once
safety-police-call-q-1-a-2-feedback = That's right! Anyone who asks you to move money to a "safe account" is a scammer.
safety-police-call-q-1-a-3 = Send a little money first, just to see
safety-police-call-q-1-a-3-feedback = Don't send even one yuan; money sent is very hard to get back. Hang up and tell your family.

safety-police-call-q-2 = The caller says: "This case is secret. You must not tell your family." What do you do?
safety-police-call-q-2-a-1 = Hang up and tell my family right away
safety-police-call-q-2-a-1-feedback = Well done! Scammers fear you talking to your family. One more person looking out for you means more safety.
safety-police-call-q-2-a-2 = Do as he says and tell no one
safety-police-call-q-2-a-2-feedback = "Keep it secret" is a scammer's trick, so that nobody can warn you. Please tell your family right away.

safety-police-call-explain-4 = If you feel uneasy, hang up. Call 110 or the anti-fraud hotline 96110 yourself to ask, and tell your family.
