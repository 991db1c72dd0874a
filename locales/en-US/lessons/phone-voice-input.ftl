# Lesson: Speak instead of typing (Using my phone)
phone-voice-input-title = Speak instead of typing
phone-voice-input-remember = Tap the little microphone on the keyboard, and what you say turns into words. Read them once, and send only when they are right.

phone-voice-input-explain-1 = Is typing slow and hard for you? You can speak instead of typing. You talk to the phone, and it turns your words into writing in the typing box. Answering on WeChat, searching for something: whenever the keyboard shows up, you can do this.
phone-voice-input-explain-2 = First tap the typing box at the very bottom, and the keyboard comes up. On the keyboard there is a little microphone. Tap the little microphone, and you can start speaking.
phone-voice-input-explain-3 = Huawei, Xiaomi, OPPO, vivo and Honor keyboards look a bit different. The little microphone may sit next to the space bar, or in the top row of the keyboard. If you can't find it, on many phones you can also hold down the space bar, speak, and let go when you are done. Still can't find it? Ask your family to look with you.
phone-voice-input-explain-4 = When you speak, hold the phone a little closer to your mouth. Speak slowly, one sentence at a time. In a quiet place, the phone understands you better. When you finish, pause for a moment, and the words appear.

phone-voice-input-daughter = My daughter Li
phone-voice-input-son = My son Ming
phone-voice-input-field = Message
phone-voice-input-btn-mic = Mic
phone-voice-input-btn-space = Space
phone-voice-input-btn-emoji = Emoji

phone-voice-input-p1 = Your daughter asks what you would like for dinner. You want to answer by speaking, not typing. Please tap the little microphone on the keyboard.
phone-voice-input-p1-m1 = Mom, what would you like for dinner? I'll pick it up on my way home from work.
phone-voice-input-p1-mic-fb = Right! On a real phone, when the little microphone lights up, you can speak. Say slowly to the phone: I'd like dumplings, please buy some chives.
phone-voice-input-p1-space-fb = This is the space bar. On some phones you hold it down to speak. This keyboard has a little microphone, so just tap the microphone.
phone-voice-input-p1-emoji-fb = This is for sending little pictures, like a smiley face. To speak instead of typing, tap the little microphone on the keyboard.

phone-voice-input-explain-5 = The first time you tap the little microphone, the phone asks whether the keyboard may use the microphone. The keyboard needs it to hear you, so it can turn your words into writing.

phone-voice-input-p2 = You tapped the little microphone on the keyboard for the first time, and a question popped up on the screen. What do you do?
phone-voice-input-p2-dialog-title = Allow "Keyboard" to use the microphone?
phone-voice-input-p2-dialog-text = The keyboard uses the microphone to turn what you say into words.
phone-voice-input-btn-this-time = Only this time
phone-voice-input-p2-allow-once-fb = Well done! You tapped the little microphone yourself, so the keyboard may use it. With this choice, it can only listen while you are speaking to type.
phone-voice-input-p2-this-time-fb = That works too: you can speak to type this time. The phone will just ask again the next time you tap the little microphone.
phone-voice-input-p2-deny-fb = If you don't allow it, the little microphone won't work, and you can't speak to type. You just tapped the microphone yourself, so you can allow it: tap "Only while using the app".
phone-voice-input-p2-volunteer-fb = Asking a volunteer is good. You just tapped the little microphone yourself, and the keyboard needs it to hear you, so you can allow it.

phone-voice-input-explain-6 = Keep this clear: only because you tapped the little microphone yourself do you let the keyboard use it. If an app you don't know asks to use the microphone, read your texts or see your screen, tap "Don't allow". The lesson "Install from the store, check permissions" says more about this.

phone-voice-input-explain-7 = When the words appear, don't rush to send them. The phone sometimes mishears. Read them once from start to end; times, places and numbers matter most. When everything is right, tap Send.

phone-voice-input-p3 = You said to the little microphone: I'd like dumplings, please buy some chives. The words are now in the box. Take a look. What do you do?
phone-voice-input-p3-typed = I'd like dumplings, please buy some chives.
phone-voice-input-p3-send-fb = Well done! The words in the box are just what you said. Send them, and your daughter knows what to buy for dinner.
phone-voice-input-p3-delete-fb = The words in the box are exactly what you said, so there is nothing to delete. When they are right, tap Send.
phone-voice-input-p3-mic-fb = The words are already right, so there is no need to say it again. If you do, the new words are added after them. When they are right, tap Send.

phone-voice-input-explain-8 = A wrong word is no problem. If a lot is wrong, press the Delete key to remove it, then tap the little microphone and say it again. If only a word or two is wrong, tap just after the wrong word, press Delete, then say or type the right word.

phone-voice-input-p4 = Your son asks when you arrive. You said to the little microphone: I get in at ten tomorrow morning, wait for me at the exit. The words appeared. Take a look. What do you do?
phone-voice-input-p4-m1 = Mom, what time do you get in tomorrow? I'll pick you up at the station.
phone-voice-input-p4-typed = I get in at 2 tomorrow morning, wait for me at the exit.
phone-voice-input-p4-delete-fb = Well done! You said ten, but the box says two. Press Delete to remove the wrong word, then say it again. Send it when it is right.
phone-voice-input-p4-send-fb = Don't send it yet. You said ten, but the box says two, and your son would get the time wrong. Press Delete first, fix the wrong word, then send. If it has already gone, that's fine: quickly send one more line, "I mean ten in the morning".
phone-voice-input-p4-mic-fb = If you simply say it again, the new words are added after the old ones, and the wrong "two" stays. Press Delete first to remove it, then tap the little microphone and speak.

phone-voice-input-q-1 = You have finished speaking, and the words are in the box. What do you do first?
phone-voice-input-q-1-a-1 = Tap Send right away
phone-voice-input-q-1-a-1-feedback = No need to rush. The phone sometimes mishears a word. Read it once, and send it when it is right.
phone-voice-input-q-1-a-2 = Read it from the start, and send it when it is right
phone-voice-input-q-1-a-2-feedback = That's right! Reading it takes a few seconds, and your family won't be misled.
phone-voice-input-q-1-a-3 = Say it again; the more I say, the better
phone-voice-input-q-1-a-3-feedback = If you say it again, the new words are added after the old ones, and it gets more muddled. Read it first, and send it when it is right.

phone-voice-input-q-2 = You said "ten", but the phone wrote "two". What do you do?
phone-voice-input-q-2-a-1 = Leave it; my family will guess
phone-voice-input-q-2-a-1-feedback = Your family may not guess, and could come for you at two. Delete the wrong word, fix it, and then send.
phone-voice-input-q-2-a-2 = Press Delete, fix the wrong word, then send
phone-voice-input-q-2-a-2-feedback = That's right! Times, places and numbers must always be fixed when they are wrong.
phone-voice-input-q-2-a-3 = Never speak to type again
phone-voice-input-q-2-a-3-feedback = Don't give up. It is normal for the phone to mishear now and then. Delete the wrong word and say it again, a little more slowly.

phone-voice-input-explain-9 = If you speak your local dialect, the phone may not understand you well. Some keyboards let you choose a dialect, such as Cantonese or Sichuanese. Your family can set it up for you.
phone-voice-input-explain-10 = And remember: don't say passwords or verification codes out loud, because people nearby can hear them, and never send them to anyone. The lesson "Never tell the code" says more about this.
