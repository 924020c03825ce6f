; floats are only allowed in constant
data @f 1.5f
data @g 1 2 NaN
