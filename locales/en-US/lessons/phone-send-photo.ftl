# Lesson: take and send a photo (Using my phone)
phone-send-photo-title = Take and send a photo
phone-send-photo-remember = In the chat, tap the plus, tap Album, choose the photo, then tap Send. Never send photos of your ID card or bank card to anyone.

phone-send-photo-explain-1 = Your flowers are in bloom, or your grandchild drew a picture, and you want your family to see it? Take a photo with your phone and send it in WeChat. Your family can see it right away.
phone-send-photo-explain-2 = Open WeChat and open the chat with your family member. First look at the name at the top, so you send it to the right person. Then tap the plus at the bottom right.
phone-send-photo-explain-3 = After you tap the plus, some buttons appear below: Album, Camera, Video call, Location. For a photo you already took, tap Album. To take a new one now, tap Camera.

phone-send-photo-p1 = Your daughter wants to see your flowers. You took a photo of them yesterday. The plus is already open. Please tap Album.
phone-send-photo-p1-title = My daughter Li
phone-send-photo-p1-m1 = Mom, are your roses in bloom yet? Take a picture for me.
phone-send-photo-p1-m2 = They are, and they look lovely.
phone-send-photo-p1-album = Album
phone-send-photo-p1-camera = Camera
phone-send-photo-p1-location = Location
phone-send-photo-p1-album-fb = Right! Album shows the photos on your phone. Next, you choose the one of the flowers.
phone-send-photo-p1-camera-fb = Camera takes a new photo. You already took the flowers yesterday, so tap Album to find it.
phone-send-photo-p1-video-fb = This starts a video call. To send a photo, tap Album.
phone-send-photo-p1-location-fb = Location tells someone where you are. To send a photo, tap Album.

phone-send-photo-explain-4 = In the album you see the photos on your phone. Tap the little circle at the top right of a photo. When the circle turns green, the photo is chosen. Then tap the green Send button.

phone-send-photo-p2 = This is the album. The photo of the flowers is already chosen: its circle at the top right has turned green. What do you do?
phone-send-photo-p2-title = Photos and videos
phone-send-photo-p2-preview = Preview
phone-send-photo-p2-original = Full image
phone-send-photo-p2-send-fb = Well done! Once you tap Send, the flower photo goes into your daughter's chat. She can see it right away.
phone-send-photo-p2-preview-fb = Preview shows the photo bigger. When you have had a look, tap Send and it goes out.
phone-send-photo-p2-original-fb = Full image sends a sharper photo. You can leave it on or off. To send the photo, you still need to tap Send.
phone-send-photo-p2-back-fb = That takes you back to the chat, and the photo has not gone out yet. Tap the plus again, tap Album, choose the photo, and tap Send.

phone-send-photo-explain-5 = To take a new photo, tap Camera. Point the phone at what you want to take, and lightly tap the big circle at the bottom once. Don't hold it down: holding it records a video. When the photo is taken, tap Done and it is sent.

phone-send-photo-p3 = Your grandson drew a picture, and you want your son to see it. In the chat with your son you tapped the plus, then Camera. You have taken the photo, and it came out clear. What do you do?
phone-send-photo-p3-retake = Retake
phone-send-photo-p3-edit = Edit
phone-send-photo-p3-done-fb = Well done! Once you tap Done, the photo of the drawing goes to your son.
phone-send-photo-p3-retake-fb = Retake means taking the photo again. This one is already clear. Tap Done to send it.
phone-send-photo-p3-edit-fb = Edit lets you write or draw on the photo. There is nothing to change, so tap Done to send it.

phone-send-photo-explain-6 = Be careful with photos too. Never take photos of your ID card, your bank card or a verification code, and send them to anyone. If someone asks in a chat, don't send them, however nice they sound. Even if family asks, call them first to check.

phone-send-photo-p4 = Someone you don't know added you on WeChat and sent these messages. How do you reply?
phone-send-photo-p4-title = Pension Subsidy Service
phone-send-photo-p4-m1 = Hello, auntie. You have a pension subsidy waiting for you.
phone-send-photo-p4-m2 = Please take photos of the front and back of your ID card, and your bank card, and send them to me. I'll handle it for you.
phone-send-photo-p4-send = All right, I'll take them and send them now
phone-send-photo-p4-refuse = I don't send photos of my cards. I'll ask at the community office
phone-send-photo-p4-card-only = Not my ID card, but is the bank card enough?
phone-send-photo-p4-refuse-fb = Well done! Photos of your ID card and bank card are never sent to anyone. Ask about subsidies at your community office, or call 12345.
phone-send-photo-p4-send-fb = Please don't send them. With these photos, scammers can act in your name and take money. Ask about subsidies at your community office.
phone-send-photo-p4-card-only-fb = Don't send a photo of your bank card either. Scammers use it to take money. Ask about subsidies at your community office.
phone-send-photo-p4-family-fb = Good idea! Asking your family first is the safest. Photos of your cards never go to strangers.
phone-send-photo-p4-volunteer-fb = Good idea! Asking a volunteer is the safest. Photos of your cards never go to strangers.

phone-send-photo-q-1 = You want to send a photo of your grandson to your daughter. After you open the chat with her, what do you do?
phone-send-photo-q-1-a-1 = Tap the plus, tap Album, choose the photo, tap Send
phone-send-photo-q-1-a-1-feedback = That's right! Those are the steps. Practice a few times and they will come easily.
phone-send-photo-q-1-a-2 = Tap the microphone at the bottom left
phone-send-photo-q-1-a-2-feedback = The microphone is for voice messages. To send a photo, tap the plus at the bottom right, then Album, choose the photo, and tap Send.
phone-send-photo-q-1-a-3 = Tap Video call
phone-send-photo-q-1-a-3-feedback = Video call starts a video call. To send a photo, tap the plus, then Album, choose the photo, and tap Send.

phone-send-photo-q-2 = Which photos must you never send, whoever asks for them in a chat?
phone-send-photo-q-2-a-1 = A photo of the flowers at home
phone-send-photo-q-2-a-1-feedback = Flower photos are fine to send to family. What to watch out for are your ID card, bank card and verification codes: never send them, whoever asks.
phone-send-photo-q-2-a-2 = Photos of my ID card and bank card
phone-send-photo-q-2-a-2-feedback = That's right! Your ID card, bank card and verification codes are never sent, whoever asks. Even if family asks, call them first to check.
phone-send-photo-q-2-a-3 = My grandson's drawing
phone-send-photo-q-2-a-3-feedback = Your grandson's drawing is fine to send to family. What to watch out for are your ID card, bank card and verification codes: never send them, whoever asks.
