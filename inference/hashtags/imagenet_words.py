"""ImageNet class → friendly hashtag words, so a confident `golden retriever` also gives `#dog`.

Keys are the first name of each class as written in `imagenet_labels.txt` (lowercase); classes not listed
here only give their own name (`#goldenretriever`). Grouped by the words they share, so a class is easy to
find and a group is easy to extend. Written by hand from the ImageNet class ranges (dogs 151–268, ...)."""

from __future__ import annotations

WORD_GROUPS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("fish",): (
        "tench", "goldfish", "great white shark", "tiger shark", "hammerhead", "electric ray", "stingray",
        "barracouta", "eel", "coho", "rock beauty", "anemone fish", "sturgeon", "gar", "lionfish", "puffer",
    ),
    ("bird",): (
        "cock", "hen", "ostrich", "brambling", "goldfinch", "house finch", "junco", "indigo bunting",
        "robin", "bulbul", "jay", "magpie", "chickadee", "water ouzel", "kite", "bald eagle", "vulture",
        "great grey owl", "black grouse", "ptarmigan", "ruffed grouse", "prairie chicken", "peacock",
        "quail", "partridge", "african grey", "macaw", "sulphur-crested cockatoo", "lorikeet", "coucal",
        "bee eater", "hornbill", "hummingbird", "jacamar", "toucan", "drake", "red-breasted merganser",
        "goose", "black swan", "white stork", "black stork", "spoonbill", "flamingo", "little blue heron",
        "american egret", "bittern", "limpkin", "european gallinule", "american coot", "bustard",
        "ruddy turnstone", "red-backed sandpiper", "redshank", "dowitcher", "oystercatcher", "pelican",
        "king penguin", "albatross",
    ),
    ("frog",): (
        "bullfrog", "tree frog", "tailed frog",
    ),
    ("turtle",): (
        "loggerhead", "leatherback turtle", "mud turtle", "terrapin", "box turtle",
    ),
    ("lizard", "reptile"): (
        "banded gecko", "common iguana", "american chameleon", "whiptail", "agama", "frilled lizard",
        "alligator lizard", "gila monster", "green lizard", "african chameleon", "komodo dragon",
    ),
    ("crocodile", "reptile"): (
        "african crocodile", "american alligator",
    ),
    ("snake", "reptile"): (
        "thunder snake", "ringneck snake", "hognose snake", "green snake", "king snake", "garter snake",
        "water snake", "vine snake", "night snake", "boa constrictor", "rock python", "indian cobra",
        "green mamba", "sea snake", "horned viper", "diamondback", "sidewinder",
    ),
    ("spider",): (
        "black and gold garden spider", "barn spider", "garden spider", "black widow", "tarantula",
        "wolf spider",
    ),
    ("insect",): (
        "tiger beetle", "ladybug", "ground beetle", "long-horned beetle", "leaf beetle", "dung beetle",
        "rhinoceros beetle", "weevil", "fly", "bee", "ant", "grasshopper", "cricket", "walking stick",
        "cockroach", "mantis", "cicada", "leafhopper", "lacewing", "dragonfly", "damselfly",
    ),
    ("butterfly", "insect"): (
        "admiral", "ringlet", "monarch", "cabbage butterfly", "sulphur butterfly", "lycaenid",
    ),
    ("sealife", "ocean"): (
        "jellyfish", "sea anemone", "brain coral", "flatworm", "nematode", "conch", "snail", "slug",
        "sea slug", "chiton", "chambered nautilus", "dungeness crab", "rock crab", "fiddler crab",
        "king crab", "american lobster", "spiny lobster", "crayfish", "hermit crab", "isopod", "starfish",
        "sea urchin", "sea cucumber",
    ),
    ("whale", "ocean"): (
        "grey whale", "killer whale",
    ),
    ("dog", "puppy"): (
        "chihuahua", "japanese spaniel", "maltese dog", "pekinese", "shih-tzu", "blenheim spaniel",
        "papillon", "toy terrier", "rhodesian ridgeback", "afghan hound", "basset", "beagle", "bloodhound",
        "bluetick", "black-and-tan coonhound", "walker hound", "english foxhound", "redbone", "borzoi",
        "irish wolfhound", "italian greyhound", "whippet", "ibizan hound", "norwegian elkhound",
        "otterhound", "saluki", "scottish deerhound", "weimaraner", "staffordshire bullterrier",
        "american staffordshire terrier", "bedlington terrier", "border terrier", "kerry blue terrier",
        "irish terrier", "norfolk terrier", "norwich terrier", "yorkshire terrier",
        "wire-haired fox terrier", "lakeland terrier", "sealyham terrier", "airedale", "cairn",
        "australian terrier", "dandie dinmont", "boston bull", "miniature schnauzer", "giant schnauzer",
        "standard schnauzer", "scotch terrier", "tibetan terrier", "silky terrier",
        "soft-coated wheaten terrier", "west highland white terrier", "lhasa", "flat-coated retriever",
        "curly-coated retriever", "golden retriever", "labrador retriever", "chesapeake bay retriever",
        "german short-haired pointer", "vizsla", "english setter", "irish setter", "gordon setter",
        "brittany spaniel", "clumber", "english springer", "welsh springer spaniel", "cocker spaniel",
        "sussex spaniel", "irish water spaniel", "kuvasz", "schipperke", "groenendael", "malinois",
        "briard", "kelpie", "komondor", "old english sheepdog", "shetland sheepdog", "collie",
        "border collie", "bouvier des flandres", "rottweiler", "german shepherd", "doberman",
        "miniature pinscher", "greater swiss mountain dog", "bernese mountain dog", "appenzeller",
        "entlebucher", "boxer", "bull mastiff", "tibetan mastiff", "french bulldog", "great dane",
        "saint bernard", "eskimo dog", "malamute", "siberian husky", "dalmatian", "affenpinscher",
        "basenji", "pug", "leonberg", "newfoundland", "great pyrenees", "samoyed", "pomeranian", "chow",
        "keeshond", "brabancon griffon", "pembroke", "cardigan", "toy poodle", "miniature poodle",
        "standard poodle", "mexican hairless",
    ),
    ("wolf", "wildlife"): (
        "timber wolf", "white wolf", "red wolf", "coyote", "dingo", "dhole", "african hunting dog",
    ),
    ("fox", "wildlife"): (
        "red fox", "kit fox", "arctic fox", "grey fox",
    ),
    ("cat", "kitty"): (
        "tabby", "tiger cat", "persian cat", "siamese cat", "egyptian cat",
    ),
    ("bigcat", "wildlife"): (
        "cougar", "lynx", "leopard", "snow leopard", "jaguar", "lion", "tiger", "cheetah",
    ),
    ("bear", "wildlife"): (
        "brown bear", "american black bear", "ice bear", "sloth bear",
    ),
    ("rabbit", "bunny"): (
        "wood rabbit", "hare", "angora",
    ),
    ("pet",): (
        "hamster", "guinea pig",
    ),
    ("horse",): (
        "sorrel",
    ),
    ("wildlife",): (
        "zebra", "hog", "wild boar", "warthog", "hippopotamus", "ox", "water buffalo", "bison", "ram",
        "bighorn", "ibex", "hartebeest", "impala", "gazelle", "tusker", "hyena", "mongoose", "meerkat",
        "echidna", "platypus", "wallaby", "koala", "wombat", "porcupine", "fox squirrel", "marmot",
        "beaver", "arabian camel", "llama", "weasel", "mink", "polecat", "black-footed ferret", "otter",
        "skunk", "badger", "armadillo", "three-toed sloth",
    ),
    ("monkey", "wildlife"): (
        "orangutan", "gorilla", "chimpanzee", "gibbon", "siamang", "guenon", "patas", "baboon", "macaque",
        "langur", "colobus", "proboscis monkey", "marmoset", "capuchin", "howler monkey", "titi",
        "spider monkey", "squirrel monkey", "madagascar cat", "indri",
    ),
    ("elephant", "wildlife"): (
        "indian elephant", "african elephant",
    ),
    ("panda", "wildlife"): (
        "lesser panda", "giant panda",
    ),
    ("car", "cars"): (
        "ambulance", "beach wagon", "cab", "convertible", "jeep", "limousine", "minivan", "model t",
        "pickup", "racer", "sports car", "tow truck", "car mirror", "car wheel", "disk brake", "grille",
        "go-kart",
    ),
    ("truck",): (
        "fire engine", "garbage truck", "moving van", "police van", "trailer truck",
    ),
    ("motorbike",): (
        "moped", "motor scooter",
    ),
    ("bike", "cycling"): (
        "bicycle-built-for-two", "mountain bike", "tricycle",
    ),
    ("boat",): (
        "canoe", "catamaran", "fireboat", "gondola", "lifeboat", "liner", "pirate", "schooner", "speedboat",
        "trimaran", "yawl", "container ship", "aircraft carrier",
    ),
    ("train",): (
        "bullet train", "electric locomotive", "freight car", "passenger car", "steam locomotive",
        "streetcar",
    ),
    ("plane", "aviation"): (
        "airliner", "warplane", "airship",
    ),
    ("architecture", "building"): (
        "altar", "bell cote", "castle", "church", "cliff dwelling", "dome", "monastery", "mosque", "palace",
        "stupa", "triumphal arch", "obelisk", "megalith", "beacon", "vault", "thatch", "tile roof",
        "water tower", "library", "planetarium",
    ),
    ("bridge", "architecture"): (
        "steel arch bridge", "suspension bridge", "viaduct",
    ),
    ("food",): (
        "plate", "guacamole", "consomme", "hot pot", "trifle", "french loaf", "bagel", "pretzel",
        "cheeseburger", "hotdog", "mashed potato", "carbonara", "chocolate sauce", "dough", "meat loaf",
        "pizza", "potpie", "burrito", "butcher shop", "bakery", "restaurant", "confectionery",
    ),
    ("dessert", "food"): (
        "ice cream", "ice lolly",
    ),
    ("vegetables", "food"): (
        "head cabbage", "broccoli", "cauliflower", "zucchini", "spaghetti squash", "acorn squash",
        "butternut squash", "cucumber", "artichoke", "bell pepper", "cardoon", "mushroom",
    ),
    ("fruit", "food"): (
        "granny smith", "strawberry", "orange", "lemon", "fig", "pineapple", "banana", "jackfruit",
        "custard apple", "pomegranate",
    ),
    ("coffee",): (
        "espresso", "coffee mug", "coffeepot", "espresso maker",
    ),
    ("drinks",): (
        "red wine", "eggnog", "beer bottle", "beer glass", "wine bottle", "goblet", "cocktail shaker",
    ),
    ("mountains", "nature"): (
        "alp", "valley", "volcano", "cliff",
    ),
    ("beach", "sea"): (
        "sandbar", "seashore", "promontory", "breakwater",
    ),
    ("lake", "nature"): (
        "lakeside",
    ),
    ("ocean", "underwater"): (
        "coral reef", "scuba diver",
    ),
    ("flowers", "nature"): (
        "rapeseed", "daisy", "yellow lady's slipper",
    ),
    ("mushroom", "nature"): (
        "coral fungus", "agaric", "gyromitra", "stinkhorn", "earthstar", "hen-of-the-woods", "bolete",
    ),
    ("wedding",): (
        "groom",
    ),
    ("dress", "fashion"): (
        "gown", "hoopskirt", "overskirt", "miniskirt",
    ),
    ("baby",): (
        "bassinet", "bib", "cradle", "crib", "diaper", "nipple",
    ),
    ("gym", "fitness"): (
        "balance beam", "barbell", "dumbbell", "horizontal bar", "parallel bars", "punching bag",
    ),
    ("sports",): (
        "baseball", "basketball", "croquet ball", "football helmet", "golf ball", "puck", "racket",
        "rugby ball", "soccer ball", "tennis ball", "volleyball", "ballplayer",
    ),
    ("music",): (
        "accordion", "acoustic guitar", "banjo", "bassoon", "cello", "cornet", "drum", "electric guitar",
        "flute", "french horn", "grand piano", "harmonica", "harp", "marimba", "oboe", "organ", "sax",
        "steel drum", "trombone", "upright", "violin",
    ),
    ("fashion", "style"): (
        "abaya", "bikini", "brassiere", "cloak", "feather boa", "fur coat", "jean", "jersey", "kimono",
        "maillot", "purse", "suit", "trench coat", "sweatshirt", "windsor tie", "bow tie",
    ),
    ("sunglasses", "fashion"): (
        "sunglass", "sunglasses",
    ),
    ("shoes", "fashion"): (
        "cowboy boot", "loafer", "running shoe", "sandal",
    ),
    ("makeup", "beauty"): (
        "face powder", "lipstick", "perfume", "hair spray",
    ),
    ("camping", "outdoors"): (
        "mountain tent", "sleeping bag", "yurt",
    ),
    ("snow", "winter"): (
        "dogsled", "ski", "snowmobile", "snowplow", "bobsled",
    ),
    ("home", "interior"): (
        "bookcase", "chiffonier", "china cabinet", "four-poster", "quilt", "rocking chair", "studio couch",
        "table lamp", "wardrobe", "lampshade", "dining table",
    ),
    ("tech",): (
        "cellular telephone", "computer keyboard", "desktop computer", "hand-held computer", "laptop",
        "monitor", "mouse", "notebook", "screen", "television",
    ),
    ("camera", "photography"): (
        "polaroid camera", "reflex camera", "lens cap", "tripod",
    ),
    ("toys",): (
        "teddy", "jigsaw puzzle", "pinwheel", "piggy bank",
    ),
}

# Class names too obscure or misleading to post as their own hashtag (`#tench`, `#nipple`, `#eft`).
NO_OWN_TAG = frozenset(
    {
        "ashcan", "bib", "bittern", "bow", "brambling", "brass", "bubble", "bulbul", "bustard", "cab",
        "cardigan", "chain", "chest", "chiton", "cock", "coil", "coucal", "crane", "diaper", "dowitcher",
        "drake", "drum", "ear", "eft", "file", "garbage truck", "hamper", "hip", "hog", "hook", "iron",
        "isopod", "jacamar", "jay", "junco", "kite", "knot", "lighter", "limpkin", "maillot", "mortar",
        "nail", "nipple", "pick", "plane", "pole", "projectile", "ram", "redshank", "reel",
        "ruddy turnstone", "rule", "safe", "screen", "screw", "slot", "sorrel", "spindle", "stole", "swab",
        "switch", "tank", "tench", "toilet tissue", "tub", "tusker", "vault", "velvet", "web site", "wing", "wool",
        "tiger cat", "egyptian cat", "red-breasted merganser", "american coot", "european gallinule",
        "red-backed sandpiper", "water ouzel", "loupe",
    }
)


LABEL_WORDS: dict[str, tuple[str, ...]] = {name: words for words, names in WORD_GROUPS.items() for name in names}
