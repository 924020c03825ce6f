int main(void)
{
    break;
    continue;
    case 3: ;
    goto nowhere;
    return 0;
}
